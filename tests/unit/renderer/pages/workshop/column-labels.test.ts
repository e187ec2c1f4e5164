import { describe, expect, it } from 'vitest';
import { newWorkshopCard, type BoardColumn } from '#shared/plan/workshop-operations';
import {
  columnFromKey,
  columnKey,
  columnLabel,
} from '../../../../../renderer/src/pages/workshop/column-labels';
import { whyNotPromotable } from '../../../../../renderer/src/pages/workshop/promote-messages';
import { samplePlan } from '../../../../support/plan-fixtures';

describe('workshop column labels and keys', () => {
  const columns: BoardColumn[] = [
    { kind: 'area', focusAreaId: 'fa-1' },
    { kind: 'whole' },
    { kind: 'parking' },
  ];

  it('names each kind of column', () => {
    const plan = samplePlan();
    const area = plan.focusAreas.find((f) => f.id === 'fa-1')!;
    expect(columns.map((c) => columnLabel(plan, c))).toEqual([
      `${area.code} ${area.title}`,
      'Hele planen',
      'Parkeringsplass',
    ]);
  });

  it('turns a column into a key and back', () => {
    expect(columns.map(columnKey)).toEqual(['fa-1', 'whole', 'parking']);
    expect(columns.map((c) => columnFromKey(columnKey(c)))).toEqual(columns);
  });
});

describe('why a card cannot become a measure', () => {
  it('says so in plain words for a whole-plan, parked or promoted card', () => {
    expect(whyNotPromotable(newWorkshopCard('c', 'Idé', { focusAreaId: 'fa-1' }))).toBeNull();
    expect(whyNotPromotable(newWorkshopCard('c', 'Idé'))).toBe(
      'Et kort for hele planen kan ikke bli tiltak. Flytt det til et satsningsområde først.',
    );
    expect(whyNotPromotable(newWorkshopCard('c', 'Idé', { parked: true }))).toMatch(/parkert/);
    expect(
      whyNotPromotable(newWorkshopCard('c', 'Idé', { focusAreaId: 'fa-1', measureId: 'm-1' })),
    ).toBe('Kortet er allerede et tiltak.');
  });
});
