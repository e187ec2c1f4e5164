import { describe, expect, it } from 'vitest';
import { startStatusReport } from '#shared/plan/report-operations';
import type { Plan } from '#shared/model/plan';
import { findIntegrityProblems } from '#shared/plan/integrity';
import {
  addMeasure,
  duplicateMeasure,
  measureDatesProblem,
  moveMeasure,
  moveMeasureToFocusArea,
  newMeasure,
  placeMeasure,
  removeMeasure,
  toggleMeasureLink,
  updateMeasure,
} from '#shared/plan/measure-operations';
import { planWithTwoAreas } from '../../../support/two-focus-areas';

function basePlan(): Plan {
  const plan = planWithTwoAreas();
  plan.targetGroups = [{ id: 'tg-1', name: 'Unge', description: '' }];
  plan.measures = [
    newMeasure('m-1', 'fa-1', '1A'),
    newMeasure('m-2', 'fa-2', '2A'),
    newMeasure('m-3', 'fa-1', '1B'),
    newMeasure('m-4', 'fa-1', '1C'),
  ];
  return plan;
}

const codes = (plan: Plan) => plan.measures.map((m) => `${m.id}:${m.code}`);

describe('addMeasure', () => {
  it('adds after the last measure of the area with the next code and an empty budget', () => {
    const next = addMeasure(basePlan(), 'fa-2', { title: 'Boligtorg' }, 'm-new');
    expect(codes(next)).toEqual(['m-1:1A', 'm-2:2A', 'm-new:2B', 'm-3:1B', 'm-4:1C']);
    const added = next.measures[2]!;
    // Like the form's blank box: «ikke angitt» until someone sets it.
    expect(added).toMatchObject({ title: 'Boligtorg', status: null, progress: 0, owner: null });
    expect(added.budget).toEqual({ costs: [], financing: { mode: 'default' } });
    expect(findIntegrityProblems(next)).toEqual([]);
  });

  it('does nothing for a focus area that does not exist', () => {
    const plan = basePlan();
    expect(addMeasure(plan, 'nope')).toBe(plan);
  });
});

describe('updateMeasure', () => {
  it('changes fields and skips no-ops', () => {
    const plan = basePlan();
    const next = updateMeasure(plan, 'm-1', { title: 'Boligtorg', status: 'v', progress: 50 });
    expect(next.measures[0]).toMatchObject({ title: 'Boligtorg', status: 'v', progress: 50 });
    expect(next.measures[1]).toBe(plan.measures[1]);
    expect(updateMeasure(next, 'm-1', { title: 'Boligtorg' })).toBe(next);
  });

  it('refuses an end date before the start date', () => {
    const plan = updateMeasure(basePlan(), 'm-1', { startDate: '2027-03-01' });
    expect(updateMeasure(plan, 'm-1', { endDate: '2027-02-28' })).toBe(plan);
    expect(updateMeasure(plan, 'm-1', { endDate: '2027-03-01' }).measures[0]!.endDate).toBe(
      '2027-03-01',
    );
    expect(measureDatesProblem('2027-03-01', '2027-02-01')).toMatch(/før startdatoen/);
    expect(measureDatesProblem(null, '2027-02-01')).toBeNull();
  });

  it('toggles ids in lists', () => {
    const on = toggleMeasureLink(basePlan(), 'm-1', 'targetGroupIds', 'tg-1', true);
    expect(on.measures[0]!.targetGroupIds).toEqual(['tg-1']);
    expect(toggleMeasureLink(on, 'm-1', 'targetGroupIds', 'tg-1', true)).toBe(on);
    const off = toggleMeasureLink(on, 'm-1', 'targetGroupIds', 'tg-1', false);
    expect(off.measures[0]!.targetGroupIds).toEqual([]);
  });
});

describe('removeMeasure', () => {
  it('removes the measure and the references to it, and leaves status reports as they were', () => {
    const plan = {
      ...startStatusReport(basePlan(), { period: { year: 2027, part: 'h1' } }, 'r-1', '2027-06-01'),
    };
    plan.workshops = [
      {
        id: 'w-1',
        title: 'Verksted',
        date: '2027-01-10',
        focusAreaId: null,
        votesPerPerson: 3,
        participants: 0,
        notes: '',
        cards: [
          {
            id: 'c-1',
            text: 'Idé',
            focusAreaId: 'fa-1',
            parked: false,
            votes: 0,
            owner: null,
            targetGroupIds: [],
            measureId: 'm-1',
            accepted: false,
            mergedFrom: [],
          },
        ],
      },
    ];
    const next = removeMeasure(plan, 'm-1');
    expect(next.measures.map((m) => m.id)).toEqual(['m-2', 'm-3', 'm-4']);
    // A report is a record: the deleted measure keeps its line, with the snapshot taken then.
    expect(next.statusReports).toBe(plan.statusReports);
    expect(next.statusReports[0]!.entries.map((e) => e.measureId)).toEqual([
      'm-1',
      'm-2',
      'm-3',
      'm-4',
    ]);
    expect(next.workshops[0]!.cards[0]!.measureId).toBeNull();
    expect(findIntegrityProblems(next)).toEqual([]);
    expect(removeMeasure(next, 'm-1')).toBe(next);
  });
});

describe('duplicateMeasure', () => {
  it('puts a copy right after the original with a new id and the next code', () => {
    const plan = updateMeasure(basePlan(), 'm-1', { title: 'Boligtorg', targetGroupIds: ['tg-1'] });
    const next = duplicateMeasure(plan, 'm-1', 'm-copy');
    expect(codes(next)).toEqual(['m-1:1A', 'm-copy:1D', 'm-2:2A', 'm-3:1B', 'm-4:1C']);
    expect(next.measures[1]).toMatchObject({ title: 'Boligtorg (kopi)', targetGroupIds: ['tg-1'] });
    expect(next.measures[1]!.targetGroupIds).not.toBe(plan.measures[0]!.targetGroupIds);
    expect(findIntegrityProblems(next)).toEqual([]);
  });
});

describe('moving measures', () => {
  it('moves within the focus area, past measures of other areas', () => {
    const plan = basePlan();
    const down = moveMeasure(plan, 'm-1', 1);
    expect(codes(down)).toEqual(['m-2:2A', 'm-3:1B', 'm-1:1A', 'm-4:1C']);
    const up = moveMeasure(plan, 'm-4', -2);
    expect(codes(up).filter((c) => c.includes(':1'))).toEqual(['m-4:1C', 'm-1:1A', 'm-3:1B']);
    expect(moveMeasure(plan, 'm-1', -1)).toBe(plan);
    expect(moveMeasure(plan, 'm-4', 1)).toBe(plan);
  });

  it('gives a measure moved to another area the next code there and keeps the old codes', () => {
    const next = moveMeasureToFocusArea(basePlan(), 'm-3', 'fa-2');
    expect(codes(next)).toEqual(['m-1:1A', 'm-2:2A', 'm-3:2B', 'm-4:1C']);
    expect(next.measures[2]!.focusAreaId).toBe('fa-2');
    expect(findIntegrityProblems(next)).toEqual([]);
  });

  it('places a measure before another one (drag and drop)', () => {
    const plan = basePlan();
    const inArea = placeMeasure(plan, 'm-4', 'fa-1', 'm-1');
    expect(codes(inArea)).toEqual(['m-4:1C', 'm-1:1A', 'm-2:2A', 'm-3:1B']);
    const across = placeMeasure(plan, 'm-2', 'fa-1', 'm-3');
    expect(codes(across)).toEqual(['m-1:1A', 'm-2:1D', 'm-3:1B', 'm-4:1C']);
    expect(placeMeasure(plan, 'm-1', 'fa-1', 'm-3')).not.toBe(plan);
    expect(placeMeasure(plan, 'm-1', 'fa-1', 'm-1')).toBe(plan);
    // Already last of its area: nothing changes.
    expect(placeMeasure(plan, 'm-4', 'fa-1', null)).toBe(plan);
    // The measure to place before must be in the target area.
    expect(placeMeasure(plan, 'm-1', 'fa-2', 'm-3')).toBe(plan);
  });
});
