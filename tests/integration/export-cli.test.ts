import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openChromiumChartDrawer } from '../../electron/cli/chromium-chart-drawer';
import { findChromium } from '../../electron/cli/find-chromium';
import { documentOrgChartSource } from '#shared/export/word-export-assets';
import { instantiateTemplate } from '#shared/plan/create-plan';
import { readExportedDocx } from '../support/exported-docx';
import { readShippedTemplate } from '../support/shipped-templates';
import { hostilePlan } from '../support/hostile-plan';
import { useTempDir } from '../support/temp-dir';
import { xmlProblem } from '../support/xml-well-formed';
import { readXlsx } from '../support/xlsx-reader';

// Runs the bundled command as a user would (after `npm run build`, which `npm test` does first).
const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'electron', 'export-cli.mjs');
const tempDir = useTempDir();
const TITLE = 'Handlingsplan for Bydel Øst & Vest <2027>';

function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env };
  delete env.INIT_CWD;
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { env, timeout: 120_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

async function osloPlanFile(): Promise<{ dir: string; plan: string }> {
  const template = readShippedTemplate('oslo-bydel.json');
  const dir = await tempDir();
  const plan = join(dir, 'plan.bsplan');
  await writeFile(plan, JSON.stringify(instantiateTemplate(template.plan, TITLE)));
  return { dir, plan };
}

describe('npm run export (the built command)', () => {
  it('is built', () => {
    expect(existsSync(cli), 'kjør npm run build først').toBe(true);
    expect(existsSync(join(root, 'dist', 'renderer', 'chart-render.html'))).toBe(true);
  });

  it('writes a Word document with the plan title, and the organisation chart drawn in Chromium', async () => {
    const { dir, plan } = await osloPlanFile();
    const out = join(dir, 'Plan.docx');
    const result = await runCli([plan, out, '--date', '2027-06-15']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Skrev Plan.docx: Full plan');
    const docx = readExportedDocx(await readFile(out));
    expect(docx.files).toContain('word/document.xml');
    expect(docx.text).toContain(TITLE);
    const images = [...docx.media.keys()];
    if (findChromium()) {
      expect(result.stderr).toBe('');
      expect(images.some((path) => path.endsWith('.png'))).toBe(true);
      const png = [...docx.media.entries()].find(([path]) => path.endsWith('.png'))![1];
      expect(Buffer.from(png.subarray(1, 4)).toString()).toBe('PNG');
      // A real drawing of the Oslo organisation, not a placeholder.
      expect(Buffer.from(png).readUInt32BE(16)).toBeGreaterThan(400);
    } else {
      expect(result.stderr).toContain('Organisasjonskartet er ikke med');
      expect(images).toEqual([]);
    }
  }, 120_000);

  it('writes the Excel workbook, and on a broken plan says why and writes nothing', async () => {
    const { dir, plan } = await osloPlanFile();
    const ok = await runCli([plan, join(dir, 'Plan.xlsx')]);
    expect(ok.code, ok.stderr).toBe(0);
    const sheets = readXlsx(await readFile(join(dir, 'Plan.xlsx')));
    expect(sheets.map((s) => s.name)).toEqual([
      'Aktivitetsplan',
      'Budsjett per år',
      'Flerårig oversikt',
    ]);

    await writeFile(plan, '');
    const broken = await runCli([plan, join(dir, 'Ny.docx'), '--preset', 'kortversjon']);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('Filen er tom. Den inneholder ingen plan.');
    expect((await readdir(dir)).sort()).toEqual(['Plan.xlsx', 'plan.bsplan']);
  });

  it('draws the organisation chart of a plan with hostile text in every field in Chromium', async () => {
    const chromiumPath = findChromium();
    expect(chromiumPath, 'Chromium mangler (apt-get install chromium)').toBeTruthy();
    const source = documentOrgChartSource(hostilePlan().plan);
    if (!source.ok) throw new Error(source.message);
    const session = await openChromiumChartDrawer({
      chromiumPath: chromiumPath!,
      rendererDir: join(root, 'dist', 'renderer'),
      templatesDir: join(root, 'templates'),
    });
    try {
      const chart = await session.draw(source.source, source.hints);
      expect(xmlProblem(new TextEncoder().encode(chart.svg))).toBeNull();
      expect(chart.width).toBeGreaterThan(0);
      expect(chart.height).toBeGreaterThan(0);
      const svgTag = /<svg[^>]*>/.exec(chart.svg)![0];
      expect(svgTag).toMatch(/\swidth="[1-9]/);
      expect(svgTag).toMatch(/\sheight="[1-9]/);
      expect(chart.svg).not.toMatch(/<script/i);
    } finally {
      await session.close();
    }
  }, 120_000);

  it('exports the hostile plan to Word with its chart, and no stack trace for anyone', async () => {
    const dir = await tempDir();
    const plan = join(dir, 'fiendtlig.bsplan');
    await writeFile(plan, JSON.stringify(hostilePlan().plan));
    const out = join(dir, 'Fiendtlig.docx');
    const result = await runCli([plan, out, '--date', '2027-06-15']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    const docx = readExportedDocx(await readFile(out));
    expect(docx.text).toContain('<script>alert("x")</script>');
    if (findChromium()) {
      expect(result.stderr).toBe('');
      expect([...docx.media.keys()].some((path) => path.endsWith('.png'))).toBe(true);
    }
  }, 120_000);

  it('stops on SIGTERM: says so in bokmål, exits non-zero and writes nothing', async () => {
    const { dir, plan } = await osloPlanFile();
    const env = { ...process.env };
    delete env.INIT_CWD;
    const child = spawn(process.execPath, [cli, plan, join(dir, 'Plan.docx')], { env });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    // Interrupted while Chromium draws the chart: the step the command announces before it.
    await new Promise<void>((resolve, reject) => {
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (stdout.includes('Tegner figurene')) resolve();
      });
      void exited.then(() => reject(new Error(`Kommandoen stoppet før kartet:\n${stderr}`)));
    });
    child.kill('SIGTERM');
    expect(await exited, stderr).toBe(143);
    expect(stderr).toContain('Eksporten ble avbrutt (SIGTERM). Ingenting er skrevet.');
    expect(await readdir(dir)).toEqual(['plan.bsplan']);
  }, 120_000);
});
