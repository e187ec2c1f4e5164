import type { z } from 'zod';
import { CURRENT_SCHEMA_VERSION, planSchema, type Plan } from '../model/plan';
import '../model/zod-setup';
import { describeLocation } from './labels';
import { migratePlanDocument, planMigrations, type Migration } from './migrations';

export interface PlanProblem {
  /** Where, in words: "Tiltak 2B «Boligtorg» › sluttdato". */
  where: string;
  message: string;
}

export interface PlanReadError {
  kind: 'empty' | 'json' | 'not-a-plan' | 'newer' | 'invalid' | 'io';
  /** One sentence in bokmål for the heading of the error message. */
  message: string;
  problems: PlanProblem[];
}

export type PlanReadResult =
  { ok: true; plan: Plan; migratedFrom: number | null } | { ok: false; error: PlanReadError };

const MAX_PROBLEMS = 50;

/** Load = parse → migrate → validate. Never throws; every failure is explained in bokmål. */
export function readPlanText(
  text: string,
  migrations: Record<number, Migration> = planMigrations,
): PlanReadResult {
  if (text.trim() === '') {
    return fail('empty', 'Filen er tom. Den inneholder ingen plan.');
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return fail('json', 'Filen er skadet: den er ikke gyldig JSON.', [
      { where: jsonErrorPosition(text, error), message: 'Her slutter det som kan leses.' },
    ]);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return fail('not-a-plan', 'Filen inneholder ikke en plan fra Planverksted.');
  }
  const migrated = migratePlanDocument(raw as Record<string, unknown>, migrations);
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
        'Filen mangler filversjon (schemaVersion), så den er ikke en plan fra Planverksted.',
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
  };
}

/** Validation problems in words, for any plan-shaped value (also used before saving). */
export function describeIssues(root: unknown, issues: z.core.$ZodIssue[]): PlanProblem[] {
  return issues.slice(0, MAX_PROBLEMS).map((issue) => {
    if (issue.code === 'custom') {
      // Integrity messages already name their place: "Tiltak 2B: sluttdato … er før …".
      const [where, ...rest] = issue.message.split(': ');
      return { where: where ?? '', message: rest.join(': ') };
    }
    return { where: describeLocation(root, issue.path), message: issue.message };
  });
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

/** "linje 12, kolonne 5" from JSON.parse's error, which only knows a character position. */
function jsonErrorPosition(text: string, error: unknown): string {
  const detail = error instanceof Error ? error.message : '';
  const match = /position (\d+)/.exec(detail);
  const position = match ? Number(match[1]) : text.length;
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `Linje ${line}, kolonne ${column}`;
}
