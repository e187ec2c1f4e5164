import type { z } from 'zod';
import { CURRENT_SCHEMA_VERSION, planSchema, type Plan } from '../model/plan';
import '../model/zod-setup';
import { decodePlanBytes, positionInText } from './decode-plan-bytes';
import { jsonErrorOffset } from './json-error-position';
import { describeLocation } from './labels';
import { migratePlanDocument, planMigrations, type Migration } from './migrations';
import { planHistorySchema, type PlanHistory } from '../model/plan-history';
import { planBoardsSchema, type PlanBoards } from '../model/plan-boards';

export interface PlanProblem {
  /** Where, in words: "Tiltak 2B «Boligtorg» › sluttdato". */
  where: string;
  message: string;
}

export interface PlanReadError {
  /** 'encoding': not UTF-8; a copy converted from Windows-1252 can be made. */
  kind: 'empty' | 'encoding' | 'json' | 'not-a-plan' | 'newer' | 'invalid' | 'io';
  /** One sentence in bokmål for the heading of the error message. */
  message: string;
  problems: PlanProblem[];
}

export type PlanReadResult =
  | {
      ok: true;
      plan: Plan;
      migratedFrom: number | null;
      history: PlanHistory;
      /** Workshop boards kept beside the draft, each entry as found (plan-boards.ts). */
      boards: PlanBoards;
    }
  | { ok: false; error: PlanReadError };

const MAX_PROBLEMS = 50;

/** Load from the bytes of a file: decode → parse → migrate → validate. Never throws. */
export function readPlanBytes(
  bytes: Uint8Array,
  migrations: Record<number, Migration> = planMigrations,
): PlanReadResult {
  const decoded = decodePlanBytes(bytes);
  if (decoded.ok) return readPlanText(decoded.text, migrations);
  if (decoded.reason === 'bad-utf16') {
    return fail(
      'not-a-plan',
      'Filen er lagret som UTF-16, men inneholder tegn som ikke kan leses. Den er ikke en plan fra Planverksted, eller den er skadet.',
    );
  }
  return fail(
    'encoding',
    'Filen er ikke lagret som UTF-8, så æ, ø og å kan ikke leses riktig. ' +
      'Den er trolig lagret i et annet program med tegnsettet Windows-1252 (ANSI).',
    [{ where: decoded.where, message: 'Her er det første tegnet som ikke er UTF-8.' }],
  );
}

/** Load = parse → migrate → validate. Never throws; every failure is explained in bokmål. */
export function readPlanText(
  text: string,
  migrations: Record<number, Migration> = planMigrations,
): PlanReadResult {
  // A byte order mark (Notepad writes one) is not part of the JSON.
  const json = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (json.trim() === '') {
    return fail('empty', 'Filen er tom. Den inneholder ingen plan.');
  }
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    return fail('json', 'Filen er skadet: den er ikke gyldig JSON.', [
      {
        where: positionInText(json, jsonErrorOffset(json, error)),
        message: 'Her slutter det som kan leses.',
      },
    ]);
  }
  return readPlanValue(raw, migrations);
}

/**
 * Migrate → validate a plan already parsed from JSON: the one path every stored plan takes, in a
 * plan file or inside a template (templates/*.json). Never throws.
 */
export function readPlanValue(
  raw: unknown,
  migrations: Record<number, Migration> = planMigrations,
): PlanReadResult {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return fail('not-a-plan', 'Filen inneholder ikke en plan fra Planverksted.');
  }
  // The history sits beside the draft (docs/versions-plan.md); its versions keep the schema
  // version they were written in, so only the draft is migrated here.
  const { versions, changeLog, boards, ...draft } = raw as Record<string, unknown>;
  const history = planHistorySchema.safeParse({ versions, changeLog });
  if (!history.success) {
    return {
      ok: false,
      error: {
        kind: 'invalid',
        message:
          'Versjonene eller endringsloggen i filen er skadet, så planen kan ikke åpnes før det er rettet.',
        problems: describeIssues({ versions, changeLog }, history.error.issues),
      },
    };
  }
  const keptBoards = planBoardsSchema.safeParse(boards);
  if (!keptBoards.success) {
    return fail(
      'invalid',
      'Verkstedtavlene som er lagret i filen («boards»), er skadet, så planen kan ikke åpnes før det er rettet. Filen er ikke endret.',
    );
  }
  const migrated = migratePlanDocument(draft, migrations);
  if (!migrated.ok) {
    if (migrated.reason === 'newer') {
      return fail(
        'newer',
        `Planen er lagret med en nyere versjon av Planverksted (filversjon ${migrated.version}). ` +
          `Denne versjonen kan lese filversjon ${CURRENT_SCHEMA_VERSION}. Oppdater Planverksted for å åpne den.`,
      );
    }
    if (migrated.reason === 'missing-version') {
      return fail(
        'not-a-plan',
        'Filen mangler filversjon («schemaVersion»), så den er ikke en plan fra Planverksted.',
      );
    }
    if (migrated.reason === 'failed') {
      return fail(
        'not-a-plan',
        `Filversjon ${migrated.version} kunne ikke oppgraderes: filen har en form Planverksted ikke venter. Den kan være endret for hånd eller skadet.`,
      );
    }
    return fail(
      'not-a-plan',
      `Planverksted vet ikke hvordan filversjon ${migrated.version} skal oppgraderes.`,
    );
  }
  const parsed = planSchema.safeParse(migrated.doc);
  if (!parsed.success) {
    return {
      ok: false,
      error: {
        kind: 'invalid',
        message:
          parsed.error.issues.length === 1
            ? 'Planen har en feil og kan ikke åpnes før den er rettet.'
            : `Planen har ${parsed.error.issues.length} feil og kan ikke åpnes før de er rettet.`,
        problems: describeIssues(migrated.doc, parsed.error.issues),
      },
    };
  }
  return {
    ok: true,
    plan: parsed.data,
    migratedFrom: migrated.fromVersion === CURRENT_SCHEMA_VERSION ? null : migrated.fromVersion,
    history: history.data,
    boards: keptBoards.data,
  };
}

/** Validation problems in words, for any plan-shaped value (also used before saving). */
export function describeIssues(root: unknown, issues: z.core.$ZodIssue[]): PlanProblem[] {
  return issues.slice(0, MAX_PROBLEMS).map((issue) => {
    if (issue.code === 'custom') {
      // Integrity messages already name their place: "Tiltak 2B: sluttdato … er før …". A title
      // in the place may itself hold ": " («Mål: bolig»), so split outside the quotes.
      const at = placeEnd(issue.message);
      if (at < 0) return { where: '', message: issue.message };
      return { where: issue.message.slice(0, at), message: issue.message.slice(at + 2) };
    }
    return { where: describeLocation(root, issue.path), message: issue.message };
  });
}

/** Index of the first ": " that is not inside «…», or -1. */
function placeEnd(message: string): number {
  let depth = 0;
  for (let i = 0; i < message.length - 1; i++) {
    const c = message[i];
    if (c === '«') depth++;
    else if (c === '»') depth = Math.max(0, depth - 1);
    else if (depth === 0 && c === ':' && message[i + 1] === ' ') return i;
  }
  return -1;
}

export function formatProblem(problem: PlanProblem): string {
  return problem.where ? `${problem.where}: ${problem.message}` : problem.message;
}

function fail(
  kind: PlanReadError['kind'],
  message: string,
  problems: PlanProblem[] = [],
): PlanReadResult {
  return { ok: false, error: { kind, message, problems } };
}
