import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChartDrawerSession } from '../../../../electron/cli/chromium-chart-drawer';
import { parseExportArguments } from '../../../../electron/cli/export-arguments';
import { EXIT, runExport, type ExportCommandHost } from '../../../../electron/cli/run-export';
import { buildPlanDocx } from '#shared/export/word/build-plan-docx';
import { wordPresets } from '#shared/export/word/word-export-options';
import { readExportedDocx, TINY_PNG } from '../../../support/exported-docx';
import { versionSummary } from '../../../support/version-fixtures';
import { samplePlan } from '../../../support/plan-fixtures';
import { serializePlan } from '../../../../electron/services/plan-file-store';
import { applyAdoption } from '#shared/plan/history/adoption';
import { addVersion } from '#shared/plan/history/version-chain';
import { useTempDir } from '../../../support/temp-dir';

// The real builder, watched: what the command asked it for is checked, not its wording.
vi.mock('#shared/export/word/build-plan-docx', async (importOriginal) => {
  const builder = await importOriginal<typeof import('#shared/export/word/build-plan-docx')>();
  return { ...builder, buildPlanDocx: vi.fn(builder.buildPlanDocx) };
});
const built = vi.mocked(buildPlanDocx);
beforeEach(() => {
  built.mockClear();
});

const tempDir = useTempDir();

describe('reading the command line', () => {
  it('takes a plan and a .docx, with the full plan unless told otherwise', () => {
    expect(parseExportArguments(['plan.bsplan', 'Plan.DOCX'])).toEqual({
      kind: 'export',
      request: {
        input: 'plan.bsplan',
        output: 'Plan.DOCX',
        format: 'docx',
        sections: [...wordPresets.full.sections],
        choiceLabel: 'Full plan',
        date: null,
      },
    });
  });

  it('takes a preset, or sections in document order, and a cover date', () => {
    const short = parseExportArguments(['p.bsplan', 'k.docx', '--preset', 'kortversjon']);
    expect(short.kind === 'export' && short.request.sections).toEqual(
      wordPresets.kortversjon.sections,
    );
    const own = parseExportArguments([
      'p.bsplan',
      'k.docx',
      '--sections',
      'budsjett, forside,mal',
      '--date',
      '2027-06-15',
    ]);
    expect(own.kind === 'export' && own.request).toMatchObject({
      sections: ['forside', 'mal', 'budsjett'],
      choiceLabel: 'eget utvalg',
      date: '2027-06-15',
    });
    expect(parseExportArguments(['p.bsplan', 'a.xlsx'])).toMatchObject({
      kind: 'export',
      request: { format: 'xlsx', sections: [] },
    });
    expect(parseExportArguments(['--help'])).toEqual({ kind: 'help' });
  });

  it.each([
    [[], 'Oppgi både planfilen og filen som skal lages'],
    [['p.bsplan'], 'Oppgi både planfilen'],
    [['p.bsplan', 'a.docx', 'b.docx'], 'For mange filnavn (3)'],
    [['p.bsplan', 'plan.pdf'], '«plan.pdf» må slutte på .docx (Word) eller .xlsx (Excel).'],
    [
      ['p.bsplan', 'a.docx', '--preset', 'lang'],
      'Ukjent preset «lang». Velg full eller kortversjon.',
    ],
    [['p.bsplan', 'a.docx', '--sections', 'mal,vedlegg'], 'Ukjent del: vedlegg.'],
    [['p.bsplan', 'a.docx', '--sections', ' , '], 'Velg minst én del'],
    [
      ['p.bsplan', 'a.docx', '--preset', 'full', '--sections', 'mal'],
      'enten --preset eller --sections',
    ],
    [['p.bsplan', 'a.xlsx', '--preset', 'full'], 'gjelder bare Word-dokumenter'],
    [['p.bsplan', 'a.docx', '--date', '15.06.2027'], '«15.06.2027» er ikke en dato'],
    [['p.bsplan', 'a.docx', '--date', '2027-02-30'], '«2027-02-30» er ikke en dato'],
    [['p.bsplan', 'a.docx', '--fort'], 'Ukjent valg: --fort.'],
    [['p.bsplan', 'a.docx', '--preset'], 'Valget --preset mangler en verdi.'],
  ])('refuses %j in bokmål', (argv, message) => {
    const parsed = parseExportArguments(argv);
    expect(parsed.kind).toBe('error');
    expect(parsed.kind === 'error' && parsed.message).toContain(message);
  });
});

interface Run {
  code: number;
  out: string[];
  err: string[];
  drawerOpened: number;
  drawerClosed: number;
}

/** Runs the command in-process in `dir`, with a chart drawer that draws a tiny picture. */
async function run(
  dir: string,
  argv: string[],
  drawer: 'draws' | 'missing' = 'draws',
  interruptedWhileDrawing = false,
): Promise<Run> {
  let interrupted = false;
  const result: Run = { code: -1, out: [], err: [], drawerOpened: 0, drawerClosed: 0 };
  const session: ChartDrawerSession = {
    draw: async () => {
      interrupted = interruptedWhileDrawing;
      return {
        svg: '<svg xmlns="http://www.w3.org/2000/svg"/>',
        png: TINY_PNG,
        width: 400,
        height: 200,
      };
    },
    close: async () => void result.drawerClosed++,
  };
  const ports: ExportCommandHost = {
    cwd: dir,
    out: (line) => result.out.push(line),
    err: (line) => result.err.push(line),
    today: () => '2027-01-31',
    interrupted: () => interrupted,
    openChartDrawer: vi.fn(async () => {
      result.drawerOpened++;
      if (drawer === 'missing') throw new Error('fant ikke Chromium.');
      return session;
    }),
  };
  result.code = await runExport(argv, ports);
  return result;
}

async function planFolder(): Promise<string> {
  const dir = await tempDir();
  await writeFile(join(dir, 'plan.bsplan'), JSON.stringify(samplePlan()));
  return dir;
}

describe('the headless export', () => {
  it('writes the Word document with the organisation chart, and closes the browser again', async () => {
    const dir = await planFolder();
    const result = await run(dir, ['plan.bsplan', 'plan.docx']);
    expect(result).toMatchObject({ code: EXIT.ok, err: [], drawerOpened: 1, drawerClosed: 1 });
    expect(result.out).toEqual([
      'Tegner figurene …',
      'Lager Word-dokumentet …',
      'Skrev plan.docx: Full plan, 10 deler.',
    ]);
    expect(built).toHaveBeenCalledTimes(1);
    const [plan, options, assets] = built.mock.calls[0]!;
    expect(plan.info.title).toBe('Boligsosial handlingsplan for Bydel Eksempel');
    expect(options).toEqual({
      sections: wordPresets.full.sections,
      date: '2027-01-31',
      draft: null,
    });
    expect(assets.orgChart?.png).toEqual(TINY_PNG);
    expect(Object.keys(assets.charts ?? {})).toEqual(['goalStructure', 'costByArea', 'financing']);
    const docx = readExportedDocx(await readFile(join(dir, 'plan.docx')));
    expect(docx.text).toContain('Boligsosial handlingsplan for Bydel Eksempel');
    expect([...docx.media.values()]).toContainEqual(TINY_PNG);
  });

  it('calls a draft changed since adoption a draft on the cover, never «Vedtatt»', async () => {
    const dir = await tempDir();
    const adopted = applyAdoption(samplePlan(), {
      number: '1.0',
      adoptedDate: '2027-03-12',
      adoptedBy: 'Bystyret',
      caseNumber: '2027/123',
    });
    const version = versionSummary('1.0', 'adopted', { id: 'v1', caseNumber: '2027/123' });
    const history = { versions: addVersion([], version, adopted), changeLog: [] };
    const draft = structuredClone(adopted);
    draft.vision.text = 'En ny visjon etter vedtaket.';
    draft.measures[0]!.title = 'Nytt navn på tiltaket';
    await writeFile(join(dir, 'endret.bsplan'), serializePlan(draft, history));
    await writeFile(join(dir, 'som-vedtatt.bsplan'), serializePlan(adopted, history));

    expect((await run(dir, ['endret.bsplan', 'endret.docx', '--preset', 'kortversjon'])).code).toBe(
      EXIT.ok,
    );
    expect(built.mock.calls[0]![1].draft).toEqual({
      number: '1.1',
      adopted: 'versjon 1.0, vedtatt 12. mars 2027 av bystyret (sak 2027/123)',
      changes: 2,
    });
    const changed = readExportedDocx(await readFile(join(dir, 'endret.docx')));
    expect(changed.paragraphs).toContain('Utkast til versjon 1.1');
    expect(changed.paragraphs).toContain(
      'Bygger på versjon 1.0, vedtatt 12. mars 2027 av bystyret (sak 2027/123)',
    );
    expect(changed.paragraphs).toContain('2 endringer siden vedtaket');
    expect(changed.text).not.toContain('Vedtatt · versjon');

    await run(dir, ['som-vedtatt.bsplan', 'som-vedtatt.docx', '--preset', 'kortversjon']);
    expect(built.mock.calls[1]![1].draft).toBeNull();
    const same = readExportedDocx(await readFile(join(dir, 'som-vedtatt.docx')));
    expect(same.paragraphs).toContain('Vedtatt · versjon 1.0');
  });

  it('writes nothing when interrupted while the document was being made', async () => {
    const dir = await planFolder();
    const result = await run(dir, ['plan.bsplan', 'plan.docx'], 'draws', true);
    expect(result.code).toBe(EXIT.failed);
    expect(await readdir(dir)).toEqual(['plan.bsplan']);
  });

  it('does not start a browser when the document has no chart', async () => {
    const dir = await planFolder();
    const result = await run(dir, [
      'plan.bsplan',
      'kort.docx',
      '--sections',
      'forside,satsningsomrader',
    ]);
    expect(result).toMatchObject({ code: EXIT.ok, drawerOpened: 0 });
    expect(result.out).toEqual([
      'Lager Word-dokumentet …',
      'Skrev kort.docx: eget utvalg, 2 deler.',
    ]);
    expect(built.mock.calls[0]![1].sections).toEqual(['forside', 'satsningsomrader']);
  });

  it('exports without the chart when there is no browser, and says so', async () => {
    const dir = await planFolder();
    const result = await run(dir, ['plan.bsplan', 'plan.docx'], 'missing');
    expect(result.code).toBe(EXIT.ok);
    expect(result.err).toEqual([
      'Merk: Målstrukturen, diagrammet over kostnad per satsningsområde, diagrammet over finansiering per kilde og organisasjonskartet er ikke med fordi de ikke kunne tegnes: fant ikke Chromium.',
    ]);
    expect(built.mock.calls[0]![2]).toEqual({ orgChart: null });
    expect(built.mock.calls[0]![1].sections).toContain('organisering');
    const docx = readExportedDocx(await readFile(join(dir, 'plan.docx')));
    expect(docx.media.size).toBe(0);
  });

  it('writes the Excel workbook by the file extension', async () => {
    const dir = await planFolder();
    const result = await run(dir, ['plan.bsplan', 'tall.xlsx']);
    expect(result.code).toBe(EXIT.ok);
    const bytes = await readFile(join(dir, 'tall.xlsx'));
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
  });

  it('explains a damaged plan in bokmål, fails, and writes nothing', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'skadet.bsplan'), '{ "schemaVersion": 1, "id": ');
    await writeFile(join(dir, 'plan.docx'), 'forrige versjon');
    const result = await run(dir, ['skadet.bsplan', 'plan.docx']);
    expect(result.code).toBe(EXIT.failed);
    expect(result.err[0]).toBe('skadet.bsplan: Filen er skadet: den er ikke gyldig JSON.');
    expect(result.err.at(-1)).toBe('Ingenting er skrevet.');
    expect(result.out).toEqual([]);
    // The document from before is untouched, and no temporary file is left behind.
    expect(await readFile(join(dir, 'plan.docx'), 'utf8')).toBe('forrige versjon');
    expect((await readdir(dir)).sort()).toEqual(['plan.docx', 'skadet.bsplan']);
  });

  it('lists what is wrong with a plan that breaks the rules', async () => {
    const dir = await tempDir();
    const plan = samplePlan();
    plan.info.periodEnd = plan.info.periodStart - 1;
    plan.measures[0]!.endDate = '2020-01-01';
    await writeFile(join(dir, 'feil.bsplan'), JSON.stringify(plan));
    const result = await run(dir, ['feil.bsplan', 'plan.docx']);
    expect(result.code).toBe(EXIT.failed);
    expect(result.err[0]).toMatch(/^feil\.bsplan: Planen har \d+ feil og kan ikke åpnes/);
    expect(result.err.some((line) => line.startsWith('  – Tiltak 1A «Boligtorg»'))).toBe(true);
    expect(await readdir(dir)).toEqual(['feil.bsplan']);
  });

  it('says which file is missing, and refuses a folder that is not there', async () => {
    const dir = await planFolder();
    const missing = await run(dir, ['borte.bsplan', 'plan.docx']);
    expect(missing.code).toBe(EXIT.failed);
    expect(missing.err).toEqual([`Fant ikke planfilen «${join(dir, 'borte.bsplan')}».`]);
    const noFolder = await run(dir, ['plan.bsplan', join('finnes-ikke', 'plan.docx')]);
    expect(noFolder.code).toBe(EXIT.failed);
    expect(noFolder.err).toEqual(['Mappen «finnes-ikke» finnes ikke. Ingenting er skrevet.']);
    expect(noFolder.drawerOpened).toBe(0);
    expect(await readdir(dir)).toEqual(['plan.bsplan']);
  });

  it('stops at bad usage with exit code 2, and never writes over the plan itself', async () => {
    const dir = await planFolder();
    const usage = await run(dir, ['plan.bsplan', 'plan.pdf']);
    expect(usage.code).toBe(EXIT.usage);
    expect(usage.err.at(-1)).toBe('Skriv --help for å se hvordan kommandoen brukes.');
    const help = await run(dir, ['--help']);
    expect(help.code).toBe(EXIT.ok);
    expect(help.out[0]).toMatch(/^Bruk: npm run export -- <plan\.bsplan>/);
    expect(await readdir(dir)).toEqual(['plan.bsplan']);

    const plan = await readFile(join(dir, 'plan.bsplan'), 'utf8');
    await writeFile(join(dir, 'plan.docx'), plan);
    const itself = await run(dir, ['plan.docx', `.${sep}plan.docx`]);
    expect(itself.code).toBe(EXIT.usage);
    expect(itself.err).toEqual(['Filen som lages kan ikke være planfilen selv.']);
    expect(await readFile(join(dir, 'plan.docx'), 'utf8')).toBe(plan);
  });
});
