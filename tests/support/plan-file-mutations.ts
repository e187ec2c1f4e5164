import fc from 'fast-check';
import { CURRENT_SCHEMA_VERSION, planSchema, type Plan } from '#shared/model/plan';
import { withGrorudOrganisation } from './organisation-fixtures';
import { samplePlan } from './plan-fixtures';
import { tracePlan } from './trace-plan';
import { readShippedTemplate, templateFiles } from './shipped-templates';
import { wordExportPlan } from './word-export-fixtures';

/** What a mutated file must lead to, beyond the general property (never throw, bokmål …). */
export type Expectation =
  | { outcome: 'any' }
  | { outcome: 'refused'; kind?: string; mentions?: string }
  /** Read losslessly: the same plan as the seed. */
  | { outcome: 'same-plan'; seed: number };

/** Short enough for fast-check to print when a case fails: what it is and where it starts. */
function describeCase(this: PlanFileCase): string {
  const head = new TextDecoder().decode(this.bytes.subarray(0, 120));
  return `${this.kind}, ${this.bytes.length} byte, forventet ${JSON.stringify(this.expect)}: ${JSON.stringify(head)}…`;
}

export interface PlanFileCase {
  kind: MutationKind;
  bytes: Uint8Array;
  expect: Expectation;
  /** Set for Latin-1 files whose Windows-1252 reading must give back the seed plan. */
  convertsTo?: number;
  [fc.toStringMethod]?: () => string;
}

const withDescription = (testCase: PlanFileCase): PlanFileCase =>
  Object.assign(testCase, { [fc.toStringMethod]: describeCase });

export const mutationKinds = [
  'byte-flip',
  'truncation',
  'junk',
  'wrong-type',
  'huge-string',
  'deep-nesting',
  'prototype-key',
  'future-version',
  'bad-version',
  're-encoding',
  'dangling-reference',
] as const;
export type MutationKind = (typeof mutationKinds)[number];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Valid plans to start from: the shipped templates and the test fixtures (invented people). */
export const seeds: Plan[] = [
  ...templateFiles().map((file) => readShippedTemplate(file).plan),
  samplePlan(),
  withGrorudOrganisation(samplePlan()),
  tracePlan(),
  wordExportPlan(),
]
  // A fixture built for another test may not be a whole plan on its own; only valid ones seed.
  .flatMap((plan) => {
    const parsed = planSchema.safeParse(plan);
    return parsed.success ? [parsed.data] : [];
  });

const seedJson = seeds.map((plan) => JSON.parse(JSON.stringify(plan)) as Json);
const seedText = (seed: number, pretty: boolean) =>
  JSON.stringify(seeds[seed], null, pretty ? 2 : undefined);

/** Every place in a JSON value, with what is there. */
function placesOf(value: Json, path: Path = [], out: { path: Path; value: Json }[] = []) {
  out.push({ path, value });
  if (Array.isArray(value)) value.forEach((v, i) => placesOf(v, [...path, i], out));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) placesOf(v, [...path, k], out);
  return out;
}
const places = seedJson.map((json) => placesOf(json));

const referenceKeys = new Set([
  'focusAreaId',
  'personId',
  'sourceId',
  'measureId',
  'parentId',
  'contactPersonId',
]);
const referenceListKeys = new Set([
  'goalIds',
  'strategyIds',
  'partnerIds',
  'targetGroupIds',
  'advisesIds',
]);
const isReference = (path: Path, value: Json) => {
  if (typeof value !== 'string') return false;
  const last = path.at(-1);
  const parent = path.at(-2);
  if (typeof last === 'string' && referenceKeys.has(last)) return true;
  if (typeof last === 'number' && typeof parent === 'string' && referenceListKeys.has(parent))
    return true;
  // A party reference: { kind, id } under owner or programmeLeader.
  return last === 'id' && (parent === 'owner' || parent === 'programmeLeader');
};
const references = places.flatMap((list, seed) =>
  list.filter((p) => isReference(p.path, p.value)).map((p) => ({ seed, path: p.path })),
);

function setAt(root: Json, path: Path, value: Json): Json {
  if (path.length === 0) return value;
  const copy = structuredClone(root);
  let node = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  node[path.at(-1)!] = value;
  return copy;
}

const MARK = '@@fuzz-mark@@';
/** The seed with raw JSON text (which JSON.stringify could not produce) at one place. */
function withRawText(seed: number, path: Path, raw: string, pretty: boolean): string {
  const text = JSON.stringify(setAt(seedJson[seed]!, path, MARK), null, pretty ? 2 : undefined);
  return text.replace(`"${MARK}"`, () => raw);
}

const encoder = new TextEncoder();
const utf8 = (text: string) => encoder.encode(text);
const otherType = (value: Json, pick: number): Json => {
  const options: Json[] = [null, true, 42, -1.5, 'tekst', [], {}, [1, 'a'], { x: 1 }, 1e308];
  const same = (v: Json) =>
    v === null
      ? value === null
      : Array.isArray(v)
        ? Array.isArray(value)
        : typeof v === typeof value;
  const differ = options.filter((v) => !same(v) || (value === null) !== (v === null));
  return differ[pick % differ.length]!;
};

const seedIndex = fc.nat({ max: seeds.length - 1 });
const pretty = fc.boolean();
/** Junk from the characters that matter to a JSON reader, plus letters that must survive. */
const junkChar = fc.constantFrom(
  ...'{}[]":,\\/ \n\t\r0123456789-+.eEtfnul'.split(''),
  'æ',
  'ø',
  'å',
  'Å',
  '\u0000',
  '\u001f',
  '\uFFFD',
  '\uFEFF',
  '\uD800',
  '🏠',
  '«',
);

const byteFlip = fc
  .record({
    seed: seedIndex,
    pretty,
    flips: fc.array(fc.tuple(fc.nat(), fc.nat({ max: 255 })), { minLength: 1, maxLength: 6 }),
  })
  .map(({ seed, pretty, flips }): PlanFileCase => {
    const bytes = utf8(seedText(seed, pretty));
    for (const [at, value] of flips) bytes[at % bytes.length] = value;
    return { kind: 'byte-flip', bytes, expect: { outcome: 'any' } };
  });

const truncation = fc
  .record({ seed: seedIndex, pretty, at: fc.nat() })
  .map(({ seed, pretty, at }): PlanFileCase => {
    const bytes = utf8(seedText(seed, pretty));
    return {
      kind: 'truncation',
      bytes: bytes.slice(0, at % bytes.length),
      expect: { outcome: 'refused' },
    };
  });

const junk = fc
  .record({
    seed: seedIndex,
    pretty,
    at: fc.nat(),
    text: fc.string({ unit: junkChar, minLength: 1, maxLength: 40 }),
  })
  .map(({ seed, pretty, at, text }): PlanFileCase => {
    const original = seedText(seed, pretty);
    const cut = at % (original.length + 1);
    const bytes = utf8(original.slice(0, cut) + text + original.slice(cut));
    return { kind: 'junk', bytes, expect: { outcome: 'any' } };
  });

const wrongType = fc
  .record({ seed: seedIndex, pretty, place: fc.nat(), pick: fc.nat() })
  .map(({ seed, pretty, place, pick }): PlanFileCase => {
    const list = places[seed]!;
    const { path, value } = list[1 + (place % (list.length - 1))]!;
    const doc = setAt(seedJson[seed]!, path, otherType(value, pick));
    return {
      kind: 'wrong-type',
      bytes: utf8(JSON.stringify(doc, null, pretty ? 2 : undefined)),
      expect: { outcome: 'any' },
    };
  });

const hugeString = fc
  .record({
    seed: seedIndex,
    place: fc.nat(),
    size: fc.integer({ min: 100_000, max: 1_000_000 }),
    char: junkChar,
  })
  .map(({ seed, place, size, char }): PlanFileCase => {
    const list = places[seed]!.filter((p) => typeof p.value === 'string');
    const { path } = list[place % list.length]!;
    const doc = setAt(seedJson[seed]!, path, `Å${char.repeat(Math.ceil(size / char.length))}`);
    return { kind: 'huge-string', bytes: utf8(JSON.stringify(doc)), expect: { outcome: 'any' } };
  });

const deepNesting = fc
  .record({
    seed: seedIndex,
    pretty,
    place: fc.nat(),
    depth: fc.integer({ min: 1_000, max: 10_000 }),
    objects: fc.boolean(),
  })
  .map(({ seed, pretty, place, depth, objects }): PlanFileCase => {
    const list = places[seed]!;
    const { path } = list[1 + (place % (list.length - 1))]!;
    const raw = objects
      ? `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`
      : `${'['.repeat(depth)}${']'.repeat(depth)}`;
    return {
      kind: 'deep-nesting',
      bytes: utf8(withRawText(seed, path, raw, pretty)),
      expect: { outcome: 'refused' },
    };
  });

const hostileKeys = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '__defineGetter__',
];
const prototypeKey = fc
  .record({
    seed: seedIndex,
    pretty,
    place: fc.nat(),
    key: fc.constantFrom(...hostileKeys),
    polluted: fc.boolean(),
  })
  .map(({ seed, pretty, place, key, polluted }): PlanFileCase => {
    const objects = places[seed]!.filter(
      (p) => p.value !== null && typeof p.value === 'object' && !Array.isArray(p.value),
    );
    const { path, value } = objects[place % objects.length]!;
    const payload = polluted
      ? `{"schemaVersion": ${CURRENT_SCHEMA_VERSION}, "isAdmin": true}`
      : 'null';
    const withKey = { ...(value as Record<string, Json>), [MARK]: 0 };
    const text = JSON.stringify(
      setAt(seedJson[seed]!, path, withKey),
      null,
      pretty ? 2 : undefined,
    ).replace(new RegExp(`"${MARK}": ?0`), () => `"${key}": ${payload}`);
    return {
      kind: 'prototype-key',
      bytes: utf8(text),
      expect: { outcome: 'refused', kind: 'invalid' },
    };
  });

const futureVersion = fc
  .record({
    seed: seedIndex,
    version: fc.integer({ min: CURRENT_SCHEMA_VERSION + 1, max: 2 ** 31 }),
  })
  .map(({ seed, version }): PlanFileCase => ({
    kind: 'future-version',
    bytes: utf8(JSON.stringify(setAt(seedJson[seed]!, ['schemaVersion'], version))),
    expect: { outcome: 'refused', kind: 'newer', mentions: `filversjon ${version}` },
  }));

const badVersion = fc
  .record({
    seed: seedIndex,
    version: fc.constantFrom<Json>(0, -1, 1.5, '1', null, [], {}, true),
  })
  .map(({ seed, version }): PlanFileCase => ({
    kind: 'bad-version',
    bytes: utf8(JSON.stringify(setAt(seedJson[seed]!, ['schemaVersion'], version))),
    expect: { outcome: 'refused', kind: 'not-a-plan' },
  }));

const reEncoding = fc
  .record({
    seed: seedIndex,
    pretty,
    as: fc.constantFrom(
      'utf-8-bom',
      'utf-16le',
      'utf-16be',
      'utf-16le-bom',
      'utf-16be-bom',
      'latin-1',
    ),
  })
  .map(({ seed, pretty, as }): PlanFileCase => {
    const text = seedText(seed, pretty);
    const kind = 're-encoding' as const;
    if (as === 'utf-8-bom')
      return { kind, bytes: utf8(`\uFEFF${text}`), expect: { outcome: 'same-plan', seed } };
    if (as === 'latin-1') {
      const ascii = [...text].every((c) => c.charCodeAt(0) < 0x80);
      // Only texts Latin-1 can hold (and outside 0x80–0x9F) convert back to exactly the seed.
      const convertible = [...text].every(
        (c) => c.charCodeAt(0) < 0x80 || (c.charCodeAt(0) >= 0xa0 && c.charCodeAt(0) <= 0xff),
      );
      return {
        kind,
        bytes: Buffer.from(text, 'latin1'),
        expect: ascii ? { outcome: 'same-plan', seed } : { outcome: 'refused', kind: 'encoding' },
        ...(convertible ? { convertsTo: seed } : {}),
      };
    }
    const bom = as.endsWith('-bom') ? '\uFEFF' : '';
    const le = Buffer.from(`${bom}${text}`, 'utf16le');
    return {
      kind,
      bytes: as.startsWith('utf-16be') ? le.swap16() : le,
      expect: { outcome: 'same-plan', seed },
    };
  });

const danglingReference = fc
  .record({
    ref: fc.nat({ max: references.length - 1 }),
    pretty,
    id: fc.stringMatching(/^[a-z0-9-]{1,20}$/),
  })
  .map(({ ref, pretty, id }): PlanFileCase => {
    const { seed, path } = references[ref]!;
    const doc = setAt(seedJson[seed]!, path, `finnes-ikke-${id}`);
    return {
      kind: 'dangling-reference',
      bytes: utf8(JSON.stringify(doc, null, pretty ? 2 : undefined)),
      expect: { outcome: 'refused', kind: 'invalid', mentions: 'finnes ikke' },
    };
  });

/** One mutated plan file of any kind; huge strings and deep nesting less often (they are slow). */
export const planFileCase: fc.Arbitrary<PlanFileCase> = fc
  .oneof(
    { arbitrary: byteFlip, weight: 4 },
    { arbitrary: truncation, weight: 3 },
    { arbitrary: junk, weight: 4 },
    { arbitrary: wrongType, weight: 5 },
    { arbitrary: hugeString, weight: 1 },
    { arbitrary: deepNesting, weight: 1 },
    { arbitrary: prototypeKey, weight: 2 },
    { arbitrary: futureVersion, weight: 1 },
    { arbitrary: badVersion, weight: 1 },
    { arbitrary: reEncoding, weight: 3 },
    { arbitrary: danglingReference, weight: 3 },
  )
  .map(withDescription);
