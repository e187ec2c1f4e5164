import { describe, expect, it } from 'vitest';
import { runQualityChecks } from '#shared/checks/quality-checks';
import type { Plan } from '#shared/model/plan';
import { createEmptyPlan } from '#shared/plan/create-plan';
import { addFocusArea } from '#shared/plan/focus-area-operations';
import { updateInfo } from '#shared/plan/info-operations';
import { measureLabel } from '#shared/plan/labels';
import {
  measuresWithSameCode,
  nextMeasureCode,
  renumberMeasures,
} from '#shared/plan/measure-codes';
import {
  areaMeasureGroups,
  areaMeasuresInOrder,
  displayCodeAmong,
  measureDisplayCode,
  sharedProjectsHeadingRow,
} from '#shared/plan/measure-groups';
import {
  addMeasure,
  duplicateMeasure,
  moveMeasure,
  moveMeasureToFocusArea,
  placeMeasure,
  updateMeasure,
} from '#shared/plan/measure-operations';
import { measuresInAppOrder } from '#shared/plan/traceability';

const shared = { responsible: 'Bydel Alna', participants: '', ledByOther: false };

/** Area 1 with the local measures l1, l2, l3 and the shared projects s1, s2, interleaved. */
function plan(numberedApart: boolean): Plan {
  let p = createEmptyPlan(new Date('2026-03-01T10:00:00.000Z'));
  p = updateInfo(p, { sharedProjectsNumberedApart: numberedApart });
  p = addFocusArea(p, { code: '1', title: 'Boliger' }, 'a1');
  p = addFocusArea(p, { code: '2', title: 'Tjenester' }, 'a2');
  p = addMeasure(p, 'a1', { title: 'Lokal 1' }, 'l1');
  p = addMeasure(p, 'a1', { title: 'Felles 1', sharedProject: shared }, 's1');
  p = addMeasure(p, 'a1', { title: 'Lokal 2' }, 'l2');
  p = addMeasure(p, 'a1', { title: 'Felles 2', sharedProject: shared }, 's2');
  p = addMeasure(p, 'a1', { title: 'Lokal 3' }, 'l3');
  p = addMeasure(p, 'a2', { title: 'Annet område' }, 'b1');
  return p;
}

const ids = (measures: { id: string }[]) => measures.map((m) => m.id);
const codes = (p: Plan, areaId = 'a1') => areaMeasuresInOrder(p, areaId).map((m) => m.code);
const byId = (p: Plan, id: string) => p.measures.find((m) => m.id === id)!;

describe('the groups of a focus area', () => {
  it('are its own measures, then its shared projects, each in plan order', () => {
    const p = plan(false);
    const groups = areaMeasureGroups(p, 'a1');
    expect(groups.map((g) => g.kind)).toEqual(['local', 'shared']);
    expect(ids(groups[0]!.measures)).toEqual(['l1', 'l2', 'l3']);
    expect(ids(groups[1]!.measures)).toEqual(['s1', 's2']);
    expect(ids(areaMeasuresInOrder(p, 'a1'))).toEqual(['l1', 'l2', 'l3', 's1', 's2']);
    expect(areaMeasureGroups(p, 'a2')[1]!.measures).toEqual([]);
  });

  it('give the order every list and export uses', () => {
    expect(ids(measuresInAppOrder(plan(false)))).toEqual(['l1', 'l2', 'l3', 's1', 's2', 'b1']);
  });

  it('move a measure with Alt+arrow within its own group only', () => {
    const p = plan(false);
    // l3 is last of the local group: down does nothing, even though shared projects follow.
    expect(moveMeasure(p, 'l3', 1)).toBe(p);
    expect(ids(areaMeasuresInOrder(moveMeasure(p, 'l3', -1), 'a1'))).toEqual([
      'l1',
      'l3',
      'l2',
      's1',
      's2',
    ]);
    expect(moveMeasure(p, 's1', -1)).toBe(p);
    expect(ids(areaMeasuresInOrder(moveMeasure(p, 's1', 1), 'a1'))).toEqual([
      'l1',
      'l2',
      'l3',
      's2',
      's1',
    ]);
  });

  it('keep a measure dropped among the other group at the nearest end of its own group', () => {
    const p = plan(false);
    const local = placeMeasure(p, 'l1', 'a1', 's2');
    expect(ids(areaMeasuresInOrder(local, 'a1'))).toEqual(['l2', 'l3', 'l1', 's1', 's2']);
    const sharedFirst = placeMeasure(p, 's2', 'a1', 'l1');
    expect(ids(areaMeasuresInOrder(sharedFirst, 'a1'))).toEqual(['l1', 'l2', 'l3', 's2', 's1']);
    // From another focus area too.
    const moved = placeMeasure(p, 'b1', 'a1', 's1');
    expect(ids(areaMeasuresInOrder(moved, 'a1'))).toEqual(['l1', 'l2', 'l3', 'b1', 's1', 's2']);
  });

  it('take a measure made shared (or not) to the end of the other group, in one edit', () => {
    const p = plan(false);
    const made = updateMeasure(p, 'l1', { sharedProject: shared });
    expect(ids(areaMeasuresInOrder(made, 'a1'))).toEqual(['l2', 'l3', 's1', 's2', 'l1']);
    const back = updateMeasure(made, 's1', { sharedProject: null });
    expect(ids(areaMeasuresInOrder(back, 'a1'))).toEqual(['l2', 'l3', 's1', 's2', 'l1']);
    expect(areaMeasureGroups(back, 'a1')[0]!.measures.at(-1)!.id).toBe('s1');
    // Editing a shared project's fields does not move it.
    const edited = updateMeasure(p, 's1', { sharedProject: { ...shared, participants: 'X' } });
    expect(ids(edited.measures)).toEqual(ids(p.measures));
  });
});

describe('codes without the form numbering (the default)', () => {
  it('are one sequence for the whole focus area, as before', () => {
    expect(codes(plan(false))).toEqual(['1A', '1C', '1E', '1B', '1D']);
    expect(nextMeasureCode(plan(false), 'a1', undefined, 'shared')).toBe('1F');
  });

  it('keep a measure its code when it becomes shared', () => {
    expect(byId(updateMeasure(plan(false), 'l1', { sharedProject: shared }), 'l1').code).toBe('1A');
  });

  it('are renumbered A, B, C … in the order listed, shared projects last', () => {
    expect(codes(renumberMeasures(plan(false), 'a1'))).toEqual(['1A', '1B', '1C', '1D', '1E']);
  });

  it('may not repeat across the groups; the check says where the form numbering is', () => {
    const p = updateMeasure(plan(false), 's1', { code: '1A' });
    expect(ids(measuresWithSameCode(p, byId(p, 's1')))).toEqual(['l1']);
    const problems = runQualityChecks(p).filter((x) => x.kind === 'duplicate-measure-code');
    expect(problems.map((x) => x.message)).toEqual([
      'Tiltakskoden 1A er brukt av 2 tiltak. Skal felles prosjekter nummereres for seg, som i Husbankens skjema, kan det slås på under Om planen.',
    ]);
  });
});

describe('codes with the form numbering (shared projects numbered apart)', () => {
  it('give shared projects their own sequence in each area: 1A, 1B … beside 1A, 1B …', () => {
    const p = plan(true);
    expect(codes(p)).toEqual(['1A', '1B', '1C', '1A', '1B']);
    expect(nextMeasureCode(p, 'a1', undefined, 'shared')).toBe('1C');
    expect(nextMeasureCode(p, 'a1')).toBe('1D');
    expect(byId(addMeasure(p, 'a1', { sharedProject: shared }, 'new'), 'new').code).toBe('1C');
    expect(byId(duplicateMeasure(p, 's2', 'copy'), 'copy').code).toBe('1C');
    expect(byId(moveMeasureToFocusArea(p, 's1', 'a2'), 's1').code).toBe('2A');
  });

  it('give a measure that changes group the next code of its new group', () => {
    const made = updateMeasure(plan(true), 'l1', { sharedProject: shared });
    expect(byId(made, 'l1').code).toBe('1C');
    const back = updateMeasure(made, 's1', { sharedProject: null });
    expect(byId(back, 's1').code).toBe('1D');
    // A code typed in the same edit is the user's.
    const typed = updateMeasure(plan(true), 'l1', { sharedProject: shared, code: '1X' });
    expect(byId(typed, 'l1').code).toBe('1X');
  });

  it('may repeat across the two groups but never within one', () => {
    const p = plan(true);
    expect(measuresWithSameCode(p, byId(p, 's1'))).toEqual([]);
    expect(runQualityChecks(p).filter((x) => x.kind === 'duplicate-measure-code')).toEqual([]);
    const twice = updateMeasure(p, 's2', { code: '1a' });
    expect(ids(measuresWithSameCode(twice, byId(twice, 's2')))).toEqual(['s1']);
    const problems = runQualityChecks(twice).filter((x) => x.kind === 'duplicate-measure-code');
    expect(problems.map((x) => [x.message, x.entityId])).toEqual([
      ['Tiltakskoden 1A er brukt av 2 felles prosjekter.', 's2'],
    ]);
    const local = updateMeasure(p, 'l2', { code: '1A' });
    expect(
      runQualityChecks(local)
        .filter((x) => x.kind === 'duplicate-measure-code')
        .map((x) => x.message),
    ).toEqual(['Tiltakskoden 1A er brukt av 2 tiltak.']);
  });

  it('are renumbered from A in each group', () => {
    let p = plan(true);
    p = updateMeasure(p, 'l2', { code: '1Q' });
    p = updateMeasure(p, 's2', { code: '1Z' });
    p = moveMeasure(p, 's2', -1);
    expect(codes(renumberMeasures(p, 'a1'))).toEqual(['1A', '1B', '1C', '1A', '1B']);
    expect(byId(renumberMeasures(p, 'a1'), 's2').code).toBe('1A');
  });
});

describe('a code read without its heading', () => {
  it('is «Felles 1A» for a shared project whose code a local measure has, else the code', () => {
    const p = plan(true);
    expect(measureDisplayCode(p, byId(p, 's1'))).toBe('Felles 1A');
    expect(measureDisplayCode(p, byId(p, 'l1'))).toBe('1A');
    expect(measureDisplayCode(p, byId(p, 'b1'))).toBe('2A');
    const alone = updateMeasure(p, 's1', { code: '1K' });
    expect(measureDisplayCode(alone, byId(alone, 's1'))).toBe('1K');
  });

  it('names the measure in messages and Kvalitetssjekk', () => {
    const p = plan(true);
    expect(measureLabel(byId(p, 's1'), p.measures)).toBe('Tiltak Felles 1A «Felles 1»');
    expect(measureLabel(byId(p, 'l1'), p.measures)).toBe('Tiltak 1A «Lokal 1»');
    const messages = runQualityChecks(p)
      .filter((x) => x.kind === 'measure-without-owner')
      .map((x) => x.message);
    expect(messages).toContain('Tiltak Felles 1A «Felles 1» mangler ansvarlig.');
    expect(messages).toContain('Tiltak 1A «Lokal 1» mangler ansvarlig.');
  });

  it('reads a status report snapshot (sharedProject a yes/no) the same way', () => {
    const snapshots = [
      { code: '1A', sharedProject: false },
      { code: '1A', sharedProject: true },
    ];
    expect(snapshots.map((s) => displayCodeAmong(snapshots, s))).toEqual(['1A', 'Felles 1A']);
  });
});

describe('the «Felles prosjekter» row of a table', () => {
  const row = (measure: { sharedProject: unknown } | null) => ({ measure });

  it('stands before the first shared project, after the area line and the local measures', () => {
    const rows = [
      row(null),
      row({ sharedProject: null }),
      row({ sharedProject: { responsible: 'Bydel' } }),
      row({ sharedProject: { responsible: 'NAV' } }),
    ];
    expect([...sharedProjectsHeadingRow(rows, (r) => r.measure)]).toEqual([
      [2, 'Felles prosjekter'],
    ]);
  });

  it('is left out when the area has no shared project', () => {
    const rows = [row(null), row({ sharedProject: null })];
    expect(sharedProjectsHeadingRow(rows, (r) => r.measure).size).toBe(0);
  });
});
