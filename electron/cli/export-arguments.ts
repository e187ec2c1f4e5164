import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { isoDateSchema } from '#shared/model/primitives';
import {
  wordPresets,
  wordSectionIds,
  type WordPresetId,
  type WordSectionId,
} from '#shared/export/word/word-export-options';

export type ExportFormat = 'docx' | 'xlsx';

export interface ExportRequest {
  input: string;
  output: string;
  format: ExportFormat;
  /** The sections for a Word document, in document order; empty for Excel. */
  sections: WordSectionId[];
  /** What to call the choice in the summary: a preset's name, or "eget utvalg". */
  choiceLabel: string;
  /** The cover date (ÅÅÅÅ-MM-DD), or null for today's date. */
  date: string | null;
}

export type ParsedArguments =
  | { kind: 'export'; request: ExportRequest }
  | { kind: 'help' }
  | { kind: 'error'; message: string };

export const USAGE = `Bruk: npm run export -- <plan.bsplan> <ut.docx | ut.xlsx> [valg]

Lager planen som Word-dokument (.docx) eller Excel-arbeidsbok (.xlsx) uten å åpne appen.

Valg for Word-dokumentet:
  --preset <navn>       ${Object.entries(wordPresets)
    .map(([id, p]) => `${id} (${p.label})`)
    .join(' eller ')}; full er standard
  --sections <a,b,c>    bare disse delene: ${wordSectionIds.join(', ')}
  --date <ÅÅÅÅ-MM-DD>   datoen på forsiden (standard: i dag)
  --help                vis denne teksten`;

/** Reads the command line in bokmål: what to export where, or why that cannot be done. */
export function parseExportArguments(argv: string[]): ParsedArguments {
  let values: { preset?: string; sections?: string; date?: string; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        preset: { type: 'string' },
        sections: { type: 'string' },
        date: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    return { kind: 'error', message: explainParseError(error) };
  }
  if (values.help) return { kind: 'help' };
  if (positionals.length !== 2) {
    return {
      kind: 'error',
      message:
        positionals.length < 2
          ? 'Oppgi både planfilen og filen som skal lages, for eksempel: plan.bsplan plan.docx'
          : `For mange filnavn (${positionals.length}). Oppgi bare planfilen og filen som skal lages.`,
    };
  }
  const [input, output] = positionals as [string, string];
  const extension = extname(output).toLowerCase();
  if (extension !== '.docx' && extension !== '.xlsx') {
    return {
      kind: 'error',
      message: `«${output}» må slutte på .docx (Word) eller .xlsx (Excel).`,
    };
  }
  const format = extension === '.docx' ? 'docx' : 'xlsx';
  if (format === 'xlsx' && (values.preset || values.sections || values.date)) {
    return {
      kind: 'error',
      message: '--preset, --sections og --date gjelder bare Word-dokumenter (.docx).',
    };
  }
  if (values.preset && values.sections) {
    return { kind: 'error', message: 'Bruk enten --preset eller --sections, ikke begge.' };
  }
  if (values.date !== undefined && !isoDateSchema.safeParse(values.date).success) {
    return {
      kind: 'error',
      message: `«${values.date}» er ikke en dato. Skriv den som ÅÅÅÅ-MM-DD, for eksempel 2027-06-15.`,
    };
  }

  const base = { input, output, format, date: values.date ?? null } as const;
  if (format === 'xlsx') {
    return { kind: 'export', request: { ...base, sections: [], choiceLabel: 'Excel' } };
  }
  if (values.sections !== undefined) {
    const asked = values.sections
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const unknown = asked.filter((s) => !(wordSectionIds as readonly string[]).includes(s));
    if (unknown.length > 0 || asked.length === 0) {
      return {
        kind: 'error',
        message: `${
          unknown.length > 0
            ? `Ukjent del: ${unknown.join(', ')}.`
            : 'Velg minst én del med --sections.'
        } Delene heter: ${wordSectionIds.join(', ')}.`,
      };
    }
    return {
      kind: 'export',
      request: {
        ...base,
        sections: wordSectionIds.filter((id) => asked.includes(id)),
        choiceLabel: 'eget utvalg',
      },
    };
  }
  const preset = values.preset ?? 'full';
  if (!Object.hasOwn(wordPresets, preset)) {
    return {
      kind: 'error',
      message: `Ukjent preset «${preset}». Velg ${Object.keys(wordPresets).join(' eller ')}.`,
    };
  }
  const chosen = wordPresets[preset as WordPresetId];
  return {
    kind: 'export',
    request: { ...base, sections: [...chosen.sections], choiceLabel: chosen.label },
  };
}

/** node:util's messages are in English; the options they name are kept. */
function explainParseError(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'([^']+)'/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `Ukjent valg: ${option}.`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return `Valget ${option.split(' ')[0]} mangler en verdi.`;
  return `Kunne ikke lese kommandolinjen: ${message}`;
}
