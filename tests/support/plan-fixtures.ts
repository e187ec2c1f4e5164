import type { Plan } from '#shared/model/plan';
import { createEmptyPlan } from '#shared/plan/create-plan';
import { newMeasure } from '#shared/plan/measure-operations';
import { noAreaCost } from './focus-area-money';

/** A small but complete plan with invented people, shaped like a district plan. */
export function samplePlan(): Plan {
  const plan = createEmptyPlan(new Date('2026-03-01T10:00:00.000Z'));
  const [husbanken, kommunal] = plan.budget.sources;
  plan.info.title = 'Boligsosial handlingsplan for Bydel Eksempel';
  plan.info.municipality = 'Oslo kommune';
  plan.info.district = 'Bydel Eksempel';
  plan.info.periodStart = 2027;
  plan.info.periodEnd = 2030;
  plan.vision.text = 'Alle skal ha et trygt og godt sted å bo.';
  plan.people = [
    {
      id: 'p-lise',
      name: 'Lise Fjellvang',
      title: 'Programleder',
      organisation: 'Bydelen',
      email: 'lise.fjellvang@eksempel.no',
      phone: '',
    },
  ];
  plan.info.programmeLeader = { kind: 'person', id: 'p-lise' };
  plan.mainGoals = [
    {
      id: 'g-1',
      title: 'Flere vanskeligstilte i egen bolig',
      description: '',
      focusAreaId: null,
      nationalGoal: '',
      subGoals: [
        {
          id: 'g-1-1',
          title: 'Kortere tid i midlertidig bolig',
          description: '',
          focusAreaId: null,
          resultGoals: [
            {
              id: 'g-1-1-1',
              title: 'Færre døgn i hospits',
              indicator: {
                name: 'Døgn i hospits per år',
                unit: 'døgn',
                baseline: { value: 1200, year: 2026 },
                target: { value: 400, year: 2030 },
                measurements: [],
              },
            },
          ],
        },
      ],
    },
  ];
  plan.strategies = [
    { id: 's-1', code: '1', title: 'KUNNSKAP', description: '', goalIds: ['g-1'] },
  ];
  plan.focusAreas = [
    {
      id: 'fa-1',
      code: '1',
      title: 'Egnede boliger for vanskeligstilte',
      description: '',
      strategyIds: ['s-1'],
      ...noAreaCost(),
    },
    {
      id: 'fa-2',
      code: '2',
      title: 'Individuell oppfølging i bomiljø',
      description: '',
      strategyIds: [],
      ...noAreaCost(),
    },
  ];
  plan.targetGroups = [{ id: 'tg-1', name: 'Unge og unge voksne', description: '' }];
  plan.partners = [
    { id: 'pa-nav', name: 'NAV', description: '', involvement: 'formell', contactPersonId: null },
  ];
  plan.organisation = [
    {
      id: 'b-bu',
      type: 'politisk-organ',
      name: 'Bydelsutvalget',
      description: '',
      parentId: null,
      advisesIds: [],
      members: [],
      responsibilities: ['Vedtar planen'],
    },
    {
      id: 'b-sg',
      type: 'styringsgruppe',
      name: 'Styringsgruppe',
      description: '',
      parentId: 'b-bu',
      advisesIds: [],
      members: [{ id: 'm-1', personId: 'p-lise', role: 'sekretær' }],
      responsibilities: [],
    },
  ];
  plan.measures = [
    {
      ...newMeasure('m-1a', 'fa-1', '1A'),
      title: 'Boligtorg',
      description: 'Ett sted å henvende seg i boligspørsmål.',
      expectedResult: 'Flere får bolig raskere.',
      owner: { kind: 'person', id: 'p-lise' },
      partnerIds: ['pa-nav'],
      targetGroupIds: ['tg-1'],
      strategyIds: ['s-1'],
      goalIds: ['g-1-1'],
      startDate: '2027-01-01',
      endDate: '2028-12-31',
      budget: {
        costs: [{ year: 2027, amount: 250000 }],
        financing: {
          mode: 'percent',
          split: [
            { sourceId: husbanken!.id, percent: 70 },
            { sourceId: kommunal!.id, percent: 30 },
          ],
        },
      },
    },
  ];
  return plan;
}
