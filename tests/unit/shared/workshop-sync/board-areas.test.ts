import { describe, expect, it } from 'vitest';
import { startWorkshop } from '#shared/plan/workshop-operations';
import { boardAreas, focusAreaHeading } from '#shared/workshop-sync/board-areas';
import { samplePlan } from '../../../support/plan-fixtures';

const start = { title: 'Verksted', date: '2027-01-20', votesPerPerson: 3, participants: 8 };

describe('the focus areas a shared board offers', () => {
  it('offers every focus area, in plan order, named as the board names its columns', () => {
    const plan = startWorkshop(samplePlan(), { ...start, focusAreaId: null }, 'v-1');
    expect(boardAreas(plan, 'v-1')).toEqual([
      { id: 'fa-1', name: '1 Egnede boliger for vanskeligstilte' },
      { id: 'fa-2', name: '2 Individuell oppfølging i bomiljø' },
    ]);
  });

  it('offers only its own focus area for a workshop about one, and nothing for an unknown one', () => {
    const plan = startWorkshop(samplePlan(), { ...start, focusAreaId: 'fa-2' }, 'v-2');
    expect(boardAreas(plan, 'v-2')).toEqual([
      { id: 'fa-2', name: '2 Individuell oppfølging i bomiljø' },
    ]);
    expect(boardAreas(plan, 'finnes-ikke')).toEqual([]);
  });

  it('names a focus area without a title plainly', () => {
    expect(focusAreaHeading({ code: '3', title: '  ' })).toBe('3 Satsningsområde uten tittel');
  });
});
