import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { writeFileDurably } from '../services/durable-write';
import { fileErrorCode, fileErrorReason } from '../services/file-error-text';
import { buildPlanXlsx } from '#shared/export/excel/build-plan-xlsx';
import {
  DRAWING_CHARTS,
  plainReason,
  prepareWordAssets,
  wantsCharts,
} from '#shared/export/word-export-assets';
import { buildPlanDocx } from '#shared/export/word/build-plan-docx';
import { localIsoDate } from '#shared/format/local-date';
import type { Plan } from '#shared/model/plan';
import { formatProblem, readPlanBytes } from '#shared/plan/read-plan';
import type { DraftStanding } from '#shared/model/plan-history';
import { fileDraftStanding } from '../services/file-draft-standing';
import type { ChartDrawerSession } from './chromium-chart-drawer';
import { parseExportArguments, USAGE, type ExportRequest } from './export-arguments';

/** What the export command gets from the process it runs in: console, folder, date, browser. */
export interface ExportCommandHost {
  /** The folder relative paths are read from (where the user typed the command). */
  cwd: string;
  out(line: string): void;
  err(line: string): void;
  /** Starts a browser to draw charts in; rejects with the reason in bokmål when it cannot. */
  openChartDrawer(): Promise<ChartDrawerSession>;
  today(): string;
  /** True once the user interrupted (Ctrl+C, a kill): the result must then not be written. */
  interrupted?(): boolean;
}

/**
 * Exit codes: 0 written, 1 the plan or the file could not be read or written, 2 bad usage
 * (130/143 interrupted, see interrupt.ts).
 */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/**
 * The headless export: reads a .bsplan, makes the Word document or Excel workbook, and writes it
 * in one go (a temporary file renamed into place), so on any error nothing is written.
 */
export async function runExport(argv: string[], host: ExportCommandHost): Promise<number> {
  const parsed = parseExportArguments(argv);
  if (parsed.kind === 'help') {
    host.out(USAGE);
    return EXIT.ok;
  }
  if (parsed.kind === 'error') {
    host.err(parsed.message);
    host.err('Skriv --help for å se hvordan kommandoen brukes.');
    return EXIT.usage;
  }
  const request = parsed.request;
  const input = resolve(host.cwd, request.input);
  const output = resolve(host.cwd, request.output);
  if (input === output) {
    host.err('Filen som lages kan ikke være planfilen selv.');
    return EXIT.usage;
  }

  // Before any work: a document drawn for a folder that is not there helps no one.
  const folder = await stat(dirname(output)).catch(() => null);
  if (!folder?.isDirectory()) {
    host.err(`Mappen «${dirname(request.output)}» finnes ikke. Ingenting er skrevet.`);
    return EXIT.failed;
  }

  const loaded = await loadPlan(input, host);
  if (!loaded) return EXIT.failed;
  const { plan, draft } = loaded;

  let bytes: Uint8Array;
  let notes: string[] = [];
  try {
    if (request.format === 'xlsx') {
      bytes = await buildPlanXlsx(plan);
    } else {
      ({ bytes, notes } = await makeDocument(plan, draft, request, host));
    }
  } catch (error) {
    host.err(
      `Kunne ikke lage ${request.format === 'docx' ? 'Word-dokumentet' : 'Excel-arbeidsboken'}: ${plainReason(error)} Ingenting er skrevet.`,
    );
    return EXIT.failed;
  }

  // The interrupt handler says «Ingenting er skrevet» and exits once the browser is closed; a
  // document finished in that moment must not be written after all.
  if (host.interrupted?.()) return EXIT.failed;
  try {
    await writeFileDurably(output, bytes);
  } catch (error) {
    host.err(
      `Kunne ikke skrive «${request.output}»: ${fileErrorReason(error, 'write')}. Ingenting er skrevet.`,
    );
    return EXIT.failed;
  }
  for (const note of notes) host.err(`Merk: ${note}`);
  host.out(
    request.format === 'docx'
      ? `Skrev ${basename(output)}: ${request.choiceLabel}, ${request.sections.length} ${
          request.sections.length === 1 ? 'del' : 'deler'
        }.`
      : `Skrev ${basename(output)}: aktivitetsplan, budsjett per år og flerårig oversikt.`,
  );
  return EXIT.ok;
}

async function loadPlan(
  path: string,
  host: ExportCommandHost,
): Promise<{ plan: Plan; draft: DraftStanding | null } | null> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    host.err(
      fileErrorCode(error) === 'ENOENT'
        ? `Fant ikke planfilen «${path}».`
        : `Kunne ikke lese planfilen «${path}»: ${fileErrorReason(error, 'read')}.`,
    );
    return null;
  }
  const read = readPlanBytes(bytes);
  if (!read.ok) {
    host.err(`${basename(path)}: ${read.error.message}`);
    for (const problem of read.error.problems) host.err(`  – ${formatProblem(problem)}`);
    host.err('Ingenting er skrevet.');
    return null;
  }
  return { plan: read.plan, draft: fileDraftStanding(read.plan, read.history) };
}

async function makeDocument(
  plan: Plan,
  draft: DraftStanding | null,
  request: ExportRequest,
  host: ExportCommandHost,
): Promise<{ bytes: Uint8Array; notes: string[] }> {
  const options = { sections: request.sections, date: request.date ?? host.today(), draft };
  let session: ChartDrawerSession | null = null;
  let unavailable: string | null = null;
  if (wantsCharts(plan, options)) {
    host.out(`${DRAWING_CHARTS} …`);
    try {
      session = await host.openChartDrawer();
    } catch (error) {
      unavailable = plainReason(error);
    }
  }
  try {
    const { assets, notes } = await prepareWordAssets(plan, options, (source, hints) => {
      if (!session) throw new Error(unavailable ?? 'ingen nettleser å tegne i.');
      return session.draw(source, hints);
    });
    host.out('Lager Word-dokumentet …');
    return { bytes: await buildPlanDocx(plan, options, assets), notes };
  } finally {
    await session?.close();
  }
}

export const defaultToday = () => localIsoDate();
