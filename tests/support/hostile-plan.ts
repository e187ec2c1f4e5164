import type { z } from 'zod';
import type { Plan } from '#shared/model/plan';
import { planShapeSchema } from '#shared/model/plan';
import {
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  partialDateSchema,
  textSchema,
} from '#shared/model/primitives';
import { imageDataSchema } from '#shared/model/rich-text';
import { startStatusReport, updateReportEntry } from '#shared/plan/report-operations';
import { readLogoImage } from '#shared/plan/logo-image';
import { solidPng, wordExportPlan } from './word-export-fixtures';

// Hostile text in every free-text field of a plan, found by walking the plan schema rather than
// listed by hand, so a field added to the model later gets hostile text too.

/** Everything that has broken, or could break, an XML part, a chart or a reader of the file. */
export const HOSTILE_PARTS = [
  'BEL\u0007 ESC\u001B US\u001F NUL\u0000 DEL\u007F',
  'C1\u0085\u009B',
  'ikke-tegn\uFFFE\uFFFF\uFDD0\u{1FFFF}\u{10FFFE}',
  'halv\uD800 \uDC00surrogat',
  '<script>alert("x")</script>',
  ']]> <![CDATA[ x ]]>',
  '& &amp; &#0; &lt;',
  '%%{init: {"theme":"dark","securityLevel":"loose"}}%%',
  '"dobbel" \'enkel\' `bak`',
  '--> -.-> ==> end',
  '#60; #quot;',
  '\u202Eomvendt\u202C \u200Fעברית\u200E',
  '👩‍👩‍👧 😀 e\u0301',
  'linje\r\nlinje\rlinje\u2028linje',
];

/** A very long unbroken word, given to every LONG_EVERY-th field. */
export const LONG_WORD = 'langtord'.repeat(500);
const LONG_EVERY = 15;

export type StringKind = 'text' | 'id' | 'date' | 'datetime' | 'url' | 'base64';

type Schema = z.core.$ZodType;
const defOf = (schema: Schema) => schema._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;

/** What a string schema holds; anything not known here fails the test that lists them. */
export function stringKind(schema: Schema): StringKind | null {
  if (schema === textSchema) return 'text';
  if (schema === idSchema) return 'id';
  if (schema === isoDateSchema || schema === partialDateSchema) return 'date';
  if (schema === isoDateTimeSchema) return 'datetime';
  if (schema === imageDataSchema) return 'base64';
  if (defOf(schema).format === 'url') return 'url';
  if (defOf(schema).format === 'base64') return 'base64';
  return null;
}

const WRAPPERS = new Set([
  'optional',
  'nullable',
  'default',
  'prefault',
  'readonly',
  'nonoptional',
]);

/** Every string in the schema, by path ("measures[].title"), with what kind it is (or null). */
export function stringFields(
  schema: Schema = planShapeSchema,
  path = '',
): Map<string, StringKind | null> {
  const found = new Map<string, StringKind | null>();
  const def = defOf(schema);
  const add = (more: Map<string, StringKind | null>) => more.forEach((v, k) => found.set(k, v));
  if (def.type === 'string') found.set(path, stringKind(schema));
  else if (def.type === 'object') {
    const shape = def.shape as Record<string, Schema>;
    for (const [key, child] of Object.entries(shape))
      add(stringFields(child, path ? `${path}.${key}` : key));
  } else if (def.type === 'array') add(stringFields(def.element as Schema, `${path}[]`));
  else if (WRAPPERS.has(def.type)) add(stringFields(def.innerType as Schema, path));
  else if (def.type === 'pipe') add(stringFields(def.in as Schema, path));
  else if (def.type === 'union')
    for (const option of def.options as Schema[]) add(stringFields(option, path));
  else if (!['literal', 'enum', 'number', 'int', 'boolean'].includes(def.type)) {
    throw new Error(`Ukjent skjematype ${def.type} ved ${path}`);
  }
  return found;
}

/** A 1 × 1 PNG, for a picture in chapter text. */
export const TINY_PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/** A hostile link that still is a valid web address. */
export const HOSTILE_URL = 'https://eksempel.no/sti?a=1&b=<script>"x"\u0007\uFFFF#%%{init}%%';

/**
 * The rich Word-export fixture with something in every part of the model (status reports,
 * workshops, shared projects, indicators …), then hostile text in every free-text field.
 * Returns the plan and the paths that got hostile text. Each field gets all of HOSTILE_PARTS, or
 * with `rotate` one of them in turn (a shorter document, for LibreOffice to lay out in time).
 */
export function hostilePlan({ rotate = false } = {}): { plan: Plan; filled: Set<string> } {
  const filled = new Set<string>();
  let count = 0;
  const walk = (schema: Schema, value: unknown, path: string): unknown => {
    const def = defOf(schema);
    if (value === null || value === undefined) return value;
    if (def.type === 'string') {
      const kind = stringKind(schema);
      if (kind === 'url') return HOSTILE_URL;
      if (kind !== 'text') return value;
      filled.add(path);
      const i = count++;
      const hostile = rotate ? HOSTILE_PARTS[i % HOSTILE_PARTS.length] : HOSTILE_PARTS.join(' ');
      return `Felt ${i} ${hostile}${i % LONG_EVERY === 0 ? ` ${LONG_WORD}` : ''}`;
    }
    if (def.type === 'object') {
      const shape = def.shape as Record<string, Schema>;
      return Object.fromEntries(
        Object.entries(value as Record<string, unknown>).map(([key, child]) => [
          key,
          shape[key] ? walk(shape[key], child, path ? `${path}.${key}` : key) : child,
        ]),
      );
    }
    if (def.type === 'array')
      return (value as unknown[]).map((item) => walk(def.element as Schema, item, `${path}[]`));
    if (WRAPPERS.has(def.type)) return walk(def.innerType as Schema, value, path);
    if (def.type === 'pipe') return walk(def.in as Schema, value, path);
    if (def.type === 'union') {
      const option = (def.options as z.ZodType[]).find((o) => o.safeParse(value).success);
      return option ? walk(option, value, path) : value;
    }
    return value;
  };
  const plan = walk(planShapeSchema, everyPart(wordExportPlan()), '') as Plan;
  return { plan, filled };
}

/** Fills the parts of the model the fixture leaves empty, with invented content. */
function everyPart(plan: Plan): Plan {
  const measure = plan.measures[0]!;
  measure.sharedProject = {
    responsible: 'Bydel Nord',
    participants: 'Bydel Sør',
    ledByOther: false,
  };
  plan.mainGoals[0]!.subGoals[0]!.resultGoals.push({
    id: 'rg-fiendtlig',
    title: 'Færre i midlertidig bolig',
    indicator: {
      name: 'Antall i midlertidig bolig',
      unit: 'personer',
      baseline: { value: 40, year: 2026 },
      target: { value: 20, year: 2030 },
      measurements: [{ id: 'mm-fiendtlig', date: '2027-06-30', value: 33, note: 'Telling i juni' }],
    },
  });
  plan.info.history.push({
    id: 'h-fiendtlig',
    status: 'utkast',
    date: '2026-03-01',
    note: 'Første utkast',
  });
  plan.chapters[0]!.content.push(
    {
      type: 'table',
      rows: [
        [[{ text: 'År' }], [{ text: 'Husstander' }]],
        [[{ text: '2024' }], [{ text: '120' }]],
      ],
      caption: 'Bostedsløse husstander',
    },
    {
      type: 'image',
      mimeType: 'image/png',
      data: TINY_PNG_BASE64,
      alt: 'Et lite bilde',
      caption: 'Figur fra kommunen',
      width: 1,
      height: 1,
    },
  );
  const logo = readLogoImage(solidPng(40, 20, [47, 84, 150]), 'Bydelens logo');
  if (logo.ok) plan.info.logo = logo.logo;
  plan.info.proposedDecision = 'Bydelsutvalget vedtar planen.';
  measure.priority = true;
  plan.organisation[0]!.responsibilities.push('Vedtar planen');
  plan.organisation[0]!.members.push({
    id: 'm-fiendtlig',
    personId: plan.people[0]!.id,
    role: 'leder',
  });
  plan.risks[0]!.mitigation = 'Tett oppfølging';
  const sourceId = plan.budget.sources[0]!.id;
  measure.spent = [{ year: 2027, sourceId, amount: 12_000 }];
  plan.budget.programmeManagementSpent = [{ year: 2027, sourceId, amount: 5_000 }];
  plan.needFigures = [
    {
      id: 'nf-fiendtlig',
      year: 2027,
      category: 'A',
      atStart: 40,
      atEnd: 30,
      helped: 12,
      comment: 'Tall fra NAV',
    },
  ];
  const started = startStatusReport(
    plan,
    { period: { year: 2027, part: 'h1' }, deadline: '2027-08-01' },
    'sr-fiendtlig',
    '2027-06-01',
  );
  plan.statusReports = updateReportEntry(started, 'sr-fiendtlig', measure.id, {
    status: 'v',
    progress: 70,
    done: 'På sporet',
    challenges: 'Få boliger',
    correctiveAction: 'Flere avtaler',
  }).statusReports.map((r) => ({
    ...r,
    // As if the project had been led by another district when the report was taken.
    entries: r.entries.map((e) => ({ ...e, measure: { ...e.measure, ledBy: 'Bydel Nord' } })),
    summary: 'God framdrift',
    subGoalNarratives: [
      { subGoalId: plan.mainGoals[0]!.subGoals[0]!.id, heading: 'Delmål 1.1', text: 'Bra' },
    ],
    unlocks: [{ date: '2027-08-02', reason: 'Rettet et tall' }],
  }));
  plan.finalReport = {
    summary: 'Programmet nådde de fleste mål',
    submittedDate: null,
    areas: [
      {
        focusAreaId: plan.focusAreas[0]!.id,
        facts: 'Tall',
        assessment: 'Vurdering',
        improvements: 'Forbedringer',
        recommendations: 'Anbefalinger',
      },
    ],
  };
  plan.workshops = [
    {
      id: 'ws-fiendtlig',
      title: 'Verksted om boligtorg',
      date: '2027-02-01',
      focusAreaId: null,
      votesPerPerson: 3,
      participants: 8,
      notes: 'Notater fra verkstedet',
      cards: [
        {
          id: 'card-fiendtlig',
          text: 'Felles inngang',
          focusAreaId: null,
          parked: false,
          votes: 2,
          owner: null,
          targetGroupIds: [],
          measureId: null,
          accepted: false,
          mergedFrom: ['Ett sted å spørre'],
        },
      ],
    },
  ];
  return plan;
}
