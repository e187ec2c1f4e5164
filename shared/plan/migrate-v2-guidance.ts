import type { Migration } from './migrations';
import {
  V2_EXAMPLE_INDICATORS,
  V2_EXAMPLE_PEOPLE,
  V2_GUIDANCE_SENTENCES,
  type V2ExampleIndicator,
} from './v2-template-content';

// Version 2 stored a template's writing prompts as ordinary italic paragraphs and its example
// people and figures as plain data. Version 3 has a guidance block and example markers. Only what
// the user never touched is converted: a paragraph that is exactly one italic run with a shipped
// prompt's text, a person whose every field is still the template's, a figure whose value and
// (shifted) year are still the template's. Anything edited stays the user's own content.

type Loose = Record<string, unknown>;
const record = (value: unknown): Loose =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Loose) : {};
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const isRecord = (value: unknown): value is Loose =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const prompts = new Set(V2_GUIDANCE_SENTENCES);

/** The prompt a block still holds word for word, or null. */
function untouchedPrompt(block: Loose): string | null {
  if (block.type !== 'paragraph') return null;
  const runs = list(block.content);
  if (runs.length !== 1) return null;
  const run = record(runs[0]);
  if (run.italic !== true || run.bold === true || run.link !== undefined) return null;
  return typeof run.text === 'string' && prompts.has(run.text) ? run.text : null;
}

function migrateChapter(chapter: unknown): unknown {
  if (!isRecord(chapter) || !Array.isArray(chapter.content)) return chapter;
  return {
    ...chapter,
    content: chapter.content.map((block) => {
      const prompt = isRecord(block) ? untouchedPrompt(block) : null;
      return prompt === null ? block : { type: 'guidance', content: [{ text: prompt }] };
    }),
  };
}

const PERSON_FIELDS = ['name', 'title', 'organisation', 'email', 'phone'] as const;

function migratePerson(person: unknown): unknown {
  if (!isRecord(person)) return person;
  const shipped = V2_EXAMPLE_PEOPLE.find((p) => p.id === person.id);
  const untouched = shipped && PERSON_FIELDS.every((key) => person[key] === shipped[key]);
  return untouched ? { ...person, example: true } : person;
}

function migratePoint(point: unknown, shipped: { value: number; year: number }, shift: number) {
  if (!isRecord(point)) return point;
  const untouched = point.value === shipped.value && point.year === shipped.year + shift;
  return untouched ? { ...point, example: true } : point;
}

function migrateResultGoal(resultGoal: unknown, shiftFor: (e: V2ExampleIndicator) => number) {
  if (!isRecord(resultGoal) || !isRecord(resultGoal.indicator)) return resultGoal;
  const indicator = resultGoal.indicator;
  const shipped = V2_EXAMPLE_INDICATORS.find(
    (e) => e.resultGoalId === resultGoal.id && e.name === indicator.name,
  );
  if (!shipped) return resultGoal;
  const shift = shiftFor(shipped);
  return {
    ...resultGoal,
    indicator: {
      ...indicator,
      baseline: migratePoint(indicator.baseline, shipped.baseline, shift),
      target: migratePoint(indicator.target, shipped.target, shift),
    },
  };
}

export const migrateV2Guidance: Migration = (doc) => {
  const periodStart = record(doc.info).periodStart;
  // A plan made from a template after its period began was moved forward (instantiateTemplate).
  const shiftFor = (e: V2ExampleIndicator) =>
    typeof periodStart === 'number' ? periodStart - e.periodStart : 0;
  return {
    ...doc,
    chapters: list(doc.chapters).map(migrateChapter),
    people: list(doc.people).map(migratePerson),
    mainGoals: list(doc.mainGoals).map((main) =>
      isRecord(main)
        ? {
            ...main,
            subGoals: list(main.subGoals).map((sub) =>
              isRecord(sub)
                ? {
                    ...sub,
                    resultGoals: list(sub.resultGoals).map((r) => migrateResultGoal(r, shiftFor)),
                  }
                : sub,
            ),
          }
        : main,
    ),
  };
};
