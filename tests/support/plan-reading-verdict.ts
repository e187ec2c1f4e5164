import { isDeepStrictEqual } from 'node:util';
import { planSchema } from '#shared/model/plan';
import { findIntegrityProblems } from '#shared/plan/integrity';
import { decodeWindows1252 } from '#shared/plan/decode-plan-bytes';
import { fieldLabel } from '#shared/plan/labels';
import { readPlanBytes, readPlanText, type PlanReadResult } from '#shared/plan/read-plan';
import type { PlanFileCase } from './plan-file-mutations';
import { seeds } from './plan-file-mutations';
import { schemaKeys } from './schema-keys';

/** Keys of the file format whose bokmål label is another word: seeing them raw is a bug. */
const rawKeys = new Set(
  [...schemaKeys(planSchema).keys()].filter((key) => fieldLabel(key) !== key),
);

/** Words from English messages (zod's, V8's) that must never reach the user. */
const english =
  /\b(Invalid|invalid|Expected|expected|Required|received|Unrecognized|Unexpected|Too small|Too big|must|should|position|undefined|NaN|string|number|boolean|array|object|Object|function|JSON input)\b/;

/**
 * The concrete "is it bokmål" check: after removing what is quoted from the file itself («title»,
 * "enum value"), no English message word and no raw key of the format may be left.
 */
export function notBokmal(text: string): string | null {
  const own = text.replace(/«[^»]*»/g, '«»').replace(/"[^"]*"/g, '""');
  const word = english.exec(own);
  if (word) return `engelsk ord «${word[0]}» i «${text.slice(0, 200)}»`;
  const raw = own.split(/[^A-Za-z_]+/).find((w) => rawKeys.has(w));
  if (raw) return `rå nøkkel «${raw}» i «${text.slice(0, 200)}»`;
  return null;
}

export type Verdict = {
  outcome: 'accepted' | 'refused';
  violation: string | null;
  result: PlanReadResult | null;
};

/** Reads a case and checks the property; never throws (a throw is reported as a violation). */
export function judgeReading(testCase: PlanFileCase): Verdict {
  let result: PlanReadResult;
  try {
    result = readPlanBytes(testCase.bytes);
  } catch (error) {
    return { outcome: 'refused', violation: `krasj: ${String(error)}`, result: null };
  }
  const outcome = result.ok ? 'accepted' : 'refused';
  return { outcome, violation: violationOf(testCase, result), result };
}

function violationOf(testCase: PlanFileCase, result: PlanReadResult): string | null {
  const expected = testCase.expect;
  if (result.ok) {
    if (!planSchema.safeParse(result.plan).success) return 'godtok en plan som ikke er gyldig';
    if (findIntegrityProblems(result.plan).length > 0)
      return 'godtok en plan som ikke henger sammen';
    if (expected.outcome === 'refused')
      return `godtok en fil som skulle avvises (${expected.kind ?? ''})`;
    if (expected.outcome === 'same-plan' && !isDeepStrictEqual(result.plan, seeds[expected.seed]))
      return 'leste en annen plan enn den som ble lagret';
  } else {
    const { error } = result;
    if (expected.outcome === 'same-plan') return `avviste en gyldig plan: ${error.message}`;
    if (expected.outcome === 'refused' && expected.kind && error.kind !== expected.kind)
      return `avvist som «${error.kind}», ventet «${expected.kind}»: ${error.message}`;
    const all = [error.message, ...error.problems.flatMap((p) => [p.where, p.message])].join(' | ');
    if (expected.outcome === 'refused' && expected.mentions && !all.includes(expected.mentions))
      return `meldingen nevner ikke «${expected.mentions}»: ${all.slice(0, 300)}`;
    if (!error.message.trim()) return 'tom feilmelding';
    for (const text of [error.message, ...error.problems.flatMap((p) => [p.where, p.message])]) {
      const problem = notBokmal(text);
      if (problem) return problem;
    }
    const placeless = error.problems.find((p) => !p.where.trim());
    if (
      ['invalid', 'json', 'encoding'].includes(error.kind) &&
      (error.problems.length === 0 || placeless)
    )
      return `feilen sier ikke hvor: ${all.slice(0, 300)}`;
    if (error.kind === 'json' || error.kind === 'encoding') {
      const where = /^Linje (\d+), kolonne (\d+)$/.exec(error.problems[0]!.where);
      if (!where) return `ukjent plassangivelse «${error.problems[0]!.where}»`;
    }
  }
  if (testCase.convertsTo !== undefined) {
    const converted = readPlanText(decodeWindows1252(testCase.bytes));
    if (!converted.ok || !isDeepStrictEqual(converted.plan, seeds[testCase.convertsTo]))
      return 'kopien med riktige tegn ble ikke den samme planen';
  }
  return null;
}
