import { join, resolve } from 'node:path';
import { openChromiumChartDrawer, type ChartDrawerSession } from './chromium-chart-drawer';
import { findChromium } from './find-chromium';
import { handleInterrupts } from './interrupt';
import { defaultToday, runExport } from './run-export';

// `npm run export -- plan.bsplan plan.docx`; bundled to dist/electron/export-cli.mjs.
const root = resolve(__dirname, '..', '..');

const open = new Set<ChartDrawerSession>();
const interrupts = handleInterrupts(
  {
    on: (signal, handler) => process.on(signal, handler),
    off: (signal, handler) => process.off(signal, handler),
    exit: (code) => process.exit(code),
    err: (line) => console.error(line),
  },
  async () => {
    await Promise.all([...open].map((session) => session.close()));
  },
);

process.exitCode = await runExport(process.argv.slice(2), {
  // npm runs scripts from the project folder; INIT_CWD is where the user typed the command.
  cwd: process.env.INIT_CWD ?? process.cwd(),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  today: defaultToday,
  interrupted: interrupts.interrupted,
  openChartDrawer: async () => {
    const chromiumPath = findChromium();
    if (!chromiumPath) {
      throw new Error(
        'fant ikke Chromium (installer den med «apt-get install chromium» eller sett CHROMIUM_PATH).',
      );
    }
    const session = await openChromiumChartDrawer({
      chromiumPath,
      rendererDir: join(root, 'dist', 'renderer'),
      templatesDir: join(root, 'templates'),
    });
    open.add(session);
    return {
      draw: session.draw,
      close: async () => {
        open.delete(session);
        await session.close();
      },
    };
  },
});
interrupts.release();
