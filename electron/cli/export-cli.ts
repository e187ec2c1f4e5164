import { join, resolve } from 'node:path';
import { openChromiumChartDrawer } from './chromium-chart-drawer';
import { findChromium } from './find-chromium';
import { defaultToday, runExport } from './run-export';

// `npm run export -- plan.bsplan plan.docx`; bundled to dist/electron/export-cli.mjs.
const root = resolve(__dirname, '..', '..');

process.exitCode = await runExport(process.argv.slice(2), {
  // npm runs scripts from the project folder; INIT_CWD is where the user typed the command.
  cwd: process.env.INIT_CWD ?? process.cwd(),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  today: defaultToday,
  openChartDrawer: async () => {
    const chromiumPath = findChromium();
    if (!chromiumPath) {
      throw new Error(
        'fant ikke Chromium (installer den med «apt-get install chromium» eller sett CHROMIUM_PATH).',
      );
    }
    return openChromiumChartDrawer({
      chromiumPath,
      rendererDir: join(root, 'dist', 'renderer'),
      templatesDir: join(root, 'templates'),
    });
  },
});
