import { describe, expect, it } from 'vitest';
import type { Plan } from '#shared/model/plan';
import type { VersionSummary } from '#shared/model/plan-history';
import {
  addVersion,
  draftNumberAfter,
  proposedNumbers,
  versionContent,
} from '#shared/plan/history/version-chain';
import { samplePlan } from '../../../../support/plan-fixtures';
import { versionSummary } from '../../../../support/version-fixtures';

function summary(id: string, number: string, kind: VersionSummary['kind'] = 'adopted') {
  return versionSummary(number, kind, { id });
}

/** Three versions with changes of every shape: edits, insertions first, removals, moves. */
function threeVersions(): Plan[] {
  const first = samplePlan();
  const second = structuredClone(first);
  second.vision.text = 'Alle skal bo godt og trygt.';
  second.measures = [
    { ...structuredClone(first.measures[0]!), id: 'm-ny', title: 'Nytt tiltak først' },
    ...second.measures.map((m) => ({ ...m, title: `${m.title} (endret)` })),
  ];
  second.budget.programmeManagement.costs = [{ year: 2027, amount: 123_000 }];
  const third = structuredClone(second);
  third.measures = [...third.measures].reverse().slice(1);
  third.mainGoals[0]!.subGoals = [];
  return [first, second, third];
}

describe('the chain of versions in a plan file', () => {
  it('keeps only the newest version whole and gets every older one back exactly', () => {
    const plans = threeVersions();
    let versions = addVersion([], summary('v1', '1.0'), plans[0]!);
    versions = addVersion(versions, summary('v2', '2.0'), plans[1]!);
    versions = addVersion(versions, summary('v3', '3.0'), plans[2]!);
    expect(versions.map((v) => [v.id, v.snapshot !== undefined, v.patch !== undefined])).toEqual([
      ['v1', false, true],
      ['v2', false, true],
      ['v3', true, false],
    ]);
    // Through JSON, as the file stores it.
    const stored = JSON.parse(JSON.stringify(versions)) as typeof versions;
    expect(versionContent(stored, 'v3')).toEqual(plans[2]);
    expect(versionContent(stored, 'v2')).toEqual(plans[1]);
    expect(versionContent(stored, 'v1')).toEqual(plans[0]);
    expect(versionContent(stored, 'finnes-ikke')).toBeNull();
  });

  it('writes a patch once: adding a version never changes the older ones', () => {
    const plans = threeVersions();
    const two = addVersion(
      addVersion([], summary('v1', '1.0'), plans[0]!),
      summary('v2', '2.0'),
      plans[1]!,
    );
    const three = addVersion(two, summary('v3', '3.0'), plans[2]!);
    expect(three[0]).toEqual(two[0]);
  });

  it('stores far less than a whole plan per older version', () => {
    const plans = threeVersions();
    const versions = addVersion(
      addVersion([], summary('v1', '1.0'), plans[0]!),
      summary('v2', '2.0'),
      plans[1]!,
    );
    const patchSize = JSON.stringify(versions[0]!.patch).length;
    expect(patchSize).toBeLessThan(JSON.stringify(plans[0]).length / 2);
  });

  it('tells a broken chain instead of giving a wrong version', () => {
    const plans = threeVersions();
    const versions = addVersion(
      addVersion([], summary('v1', '1.0'), plans[0]!),
      summary('v2', '2.0'),
      plans[1]!,
    );
    const { patch: _lost, ...withoutPatch } = versions[0]!;
    expect(versionContent([withoutPatch, versions[1]!], 'v1')).toBeNull();
    expect(
      versionContent([versions[0]!, { ...versions[1]!, snapshot: undefined }], 'v1'),
    ).toBeNull();
  });

  it('numbers the draft on top of the newest adopted version and proposes the next numbers', () => {
    expect(draftNumberAfter([])).toBeNull();
    expect(proposedNumbers([])).toEqual({ revision: null, newPlan: '1.0' });
    const adopted = [summary('v1', '1.0')];
    expect(draftNumberAfter(adopted)).toBe('1.1');
    expect(proposedNumbers(adopted)).toEqual({ revision: '1.1', newPlan: '2.0' });
    // A set-aside draft is not a decision: the numbers still count from 1.0.
    const withSetAside = [...adopted, summary('v2', '1.1', 'set-aside')];
    expect(draftNumberAfter(withSetAside)).toBe('1.1');
    expect(proposedNumbers([...withSetAside, summary('v3', '1.1')])).toEqual({
      revision: '1.2',
      newPlan: '2.0',
    });
  });
});
