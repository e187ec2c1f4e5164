import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findChromium } from '../../electron/cli/find-chromium';
import { planTemplateSchema } from '../../shared/model/template';
import { instantiateTemplate } from '../../shared/plan/create-plan';
import { readExportedDocx } from '../support/exported-docx';
import { useTempDir } from '../support/temp-dir';
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
  const raw = JSON.parse(await readFile(join(root, 'templates', 'oslo-bydel.json'), 'utf8'));
  const template = planTemplateSchema.parse(raw);
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
});
