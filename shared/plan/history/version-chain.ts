import { create, type Delta } from 'jsondiffpatch';
import type { Plan } from '../../model/plan';
import type { StoredVersion, VersionSummary } from '../../model/plan-history';

// The versions of a plan as a chain, newest last: the newest holds the whole plan, every older
// one a reverse patch from the version after it. So the file grows by one plan plus small
// patches, not by one plan per version, and the version compared with most often (the newest)
// opens without work. A patch is written once, when its version stops being the newest, and is
// never changed again. Why jsondiffpatch: arrays are matched by our stable ids (objectHash),
// so a measure inserted first does not turn into 500 changed array slots; see
// docs/versions-plan.md.

const differ = create({
  objectHash: (item: object) => {
    const record = item as Record<string, unknown>;
    if (typeof record.id === 'string') return `id:${record.id}`;
    // Amounts per year have no id; the year is what makes one of them itself.
    if (typeof record.year === 'number' && Object.keys(record).length <= 4) {
      return `year:${record.year}`;
    }
    return undefined;
  },
  arrays: { detectMove: true, includeValueOnMove: false },
});

const clone = (value: unknown): unknown => structuredClone(value);

/** The version without its content, as the window sees it. */
export function summaryOf(version: StoredVersion): VersionSummary {
  const { schemaVersion: _s, snapshot: _c, patch: _p, ...summary } = version;
  return summary;
}

/**
 * The chain with `version` (its content `plan`) as the newest: the one that was newest keeps
 * only a patch from the new one back to itself.
 */
export function addVersion(
  versions: readonly StoredVersion[],
  summary: VersionSummary,
  plan: Plan,
): StoredVersion[] {
  const content = clone(plan);
  const newest = versions.at(-1);
  const older = versions.slice(0, -1);
  const added: StoredVersion = { ...summary, schemaVersion: plan.schemaVersion, snapshot: content };
  if (!newest) return [added];
  const previous = newest.snapshot;
  const { snapshot: _dropped, ...rest } = newest;
  const patch = differ.diff(content, previous) ?? null;
  return [...older, { ...rest, patch }, added];
}

/**
 * A version's content as it was recorded (raw: the schema version it was written in, not yet
 * migrated or validated), or null if the chain is broken (a patch missing or not fitting).
 */
export function versionContent(versions: readonly StoredVersion[], id: string): unknown {
  const index = versions.findIndex((version) => version.id === id);
  if (index < 0) return null;
  const newest = versions.at(-1);
  if (!newest || newest.snapshot === undefined) return null;
  let content = clone(newest.snapshot);
  for (let i = versions.length - 2; i >= index; i--) {
    const patch = versions[i]!.patch;
    if (patch === undefined) return null;
    try {
      // null: the two versions had the same content.
      if (patch !== null) content = differ.patch(content, patch as Delta);
    } catch {
      return null;
    }
  }
  return content;
}

/** The newest adopted version, or null before the first adoption. */
export function latestAdopted<T extends { kind: string }>(versions: readonly T[]): T | null {
  for (let i = versions.length - 1; i >= 0; i--) {
    if (versions[i]!.kind === 'adopted') return versions[i]!;
  }
  return null;
}

function parseNumber(number: string): [number, number] | null {
  const match = /^(\d+)\.(\d+)$/.exec(number);
  return match ? [Number(match[1]), Number(match[2])] : null;
}

/**
 * The draft on top of adopted version 1.0 is 1.1; on top of 1.1, 1.2. Before any adoption the
 * draft has no number of its own (the first adoption makes 1.0).
 */
export function draftNumberAfter(versions: readonly { kind: string; number: string }[]) {
  const adopted = latestAdopted(versions);
  const parsed = adopted ? parseNumber(adopted.number) : null;
  return parsed ? `${parsed[0]}.${parsed[1] + 1}` : null;
}

/** The numbers the app proposes for the next adoption: a revision and a new plan. */
export function proposedNumbers(versions: readonly { kind: string; number: string }[]): {
  revision: string | null;
  newPlan: string;
} {
  const adopted = latestAdopted(versions);
  const parsed = adopted ? parseNumber(adopted.number) : null;
  if (!parsed) return { revision: null, newPlan: '1.0' };
  return { revision: `${parsed[0]}.${parsed[1] + 1}`, newPlan: `${parsed[0] + 1}.0` };
}
