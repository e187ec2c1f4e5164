import type { Measure } from '#shared/model/measures';
import type { Plan } from '#shared/model/plan';
import { createEmptyPlan } from '#shared/plan/create-plan';
import { newMeasure } from '#shared/plan/measure-operations';
import { noAreaCost } from './focus-area-money';

/** A measure with only the fields the traceability tests care about. */
export function traceMeasure(
  id: string,
  focusAreaId: string,
  code: string,
  links: Partial<Pick<Measure, 'strategyIds' | 'goalIds' | 'targetGroupIds' | 'partnerIds'>> = {},
): Measure {
  return { ...newMeasure(id, focusAreaId, code), title: `Tiltak ${code}`, ...links };
}

/**
 * A small plan where every traceability case occurs once:
 * - g1 (whole plan) › g1-1 › r1-1-1, r1-1-2; g1 › g1-2 (nothing serves it)
 * - g2 (whole plan), served only by strategy s2, which no measure uses
 * - g3 (focus area fa-1) › g3-1; g4 (whole plan, nothing serves it) › g4-1
 * - s1 → g1-1, s2 → g2, s3 → nothing
 * - m1 1A (fa-1) uses s1; m4 1B (fa-1) has no links; m2 2A (fa-2) → r1-1-1; m3 2B (fa-2) has none
 */
export function tracePlan(): Plan {
  const plan = createEmptyPlan(new Date('2026-03-01T10:00:00.000Z'));
  const goal = (id: string, title: string, focusAreaId: string | null, subGoals = []) => ({
    id,
    title,
    description: '',
    focusAreaId,
    nationalGoal: '',
    subGoals,
  });
  plan.mainGoals = [
    {
      ...goal('g1', 'Flere i egen bolig', null),
      subGoals: [
        {
          id: 'g1-1',
          title: 'Kortere tid i midlertidig bolig',
          description: '',
          focusAreaId: null,
          resultGoals: [
            { id: 'r1-1-1', title: 'Færre døgn i hospits', indicator: null },
            { id: 'r1-1-2', title: 'Færre utkastelser', indicator: null },
          ],
        },
        {
          id: 'g1-2',
          title: 'Flere eier egen bolig',
          description: '',
          focusAreaId: null,
          resultGoals: [],
        },
      ],
    },
    goal('g2', 'Gode bomiljøer', null),
    {
      ...goal('g3', 'Nok egnede boliger', 'fa-1'),
      subGoals: [
        {
          id: 'g3-1',
          title: 'Flere tilrettelagte boliger',
          description: '',
          focusAreaId: null,
          resultGoals: [],
        },
      ],
    },
    {
      ...goal('g4', 'Samordnet arbeid', null),
      subGoals: [
        {
          id: 'g4-1',
          title: 'Felles rutiner',
          description: '',
          focusAreaId: null,
          resultGoals: [],
        },
      ],
    },
  ];
  plan.strategies = [
    { id: 's1', code: '1', title: 'KUNNSKAP', description: '', goalIds: ['g1-1'] },
    { id: 's2', code: '2', title: 'BOMILJØ', description: '', goalIds: ['g2'] },
    { id: 's3', code: '3', title: 'EIERSKAP', description: '', goalIds: [] },
  ];
  plan.focusAreas = [
    {
      id: 'fa-1',
      code: '1',
      title: 'Egnede boliger',
      description: '',
      strategyIds: ['s1', 's3'],
      ...noAreaCost(),
    },
    {
      id: 'fa-2',
      code: '2',
      title: 'Boligvirkemidler',
      description: '',
      strategyIds: ['s2'],
      ...noAreaCost(),
    },
  ];
  plan.targetGroups = [
    { id: 'tg1', name: 'Unge', description: '' },
    { id: 'tg2', name: 'Eldre', description: '' },
  ];
  // Deliberately out of order in the file: the functions sort by focus area, then code.
  plan.measures = [
    traceMeasure('m2', 'fa-2', '2A', { goalIds: ['r1-1-1'], targetGroupIds: ['tg1', 'tg2'] }),
    traceMeasure('m4', 'fa-1', '1B', { targetGroupIds: ['tg1'] }),
    traceMeasure('m1', 'fa-1', '1A', { strategyIds: ['s1'], targetGroupIds: ['tg1'] }),
    traceMeasure('m3', 'fa-2', '2B'),
  ];
  return plan;
}
