import type { Plan } from '#shared/model/plan';
import { newMeasure } from '#shared/plan/measure-operations';
import { startStatusReport } from '#shared/plan/report-operations';
import { noAreaCost } from './focus-area-money';
import { samplePlan } from './plan-fixtures';

// The plan the comparison tests start from: the sample plan with two of most things, so an item
// can be added, changed, removed and moved among siblings or to another parent. Invented people.

export function comparePlan(): Plan {
  const plan = samplePlan();
  const [husbanken] = plan.budget.sources;
  plan.mainGoals[0]!.subGoals.push({
    id: 'g-1-2',
    title: 'Flere unge i egen bolig',
    description: '',
    focusAreaId: null,
    resultGoals: [],
  });
  plan.mainGoals.push({
    id: 'g-2',
    title: 'Færre utkastelser',
    description: '',
    focusAreaId: null,
    nationalGoal: '',
    subGoals: [
      {
        id: 'g-2-1',
        title: 'Tidlig varsel om husleierestanse',
        description: '',
        focusAreaId: null,
        resultGoals: [],
      },
    ],
  });
  plan.strategies.push({
    id: 's-2',
    code: '2',
    title: 'PRIORITERINGER',
    description: '',
    goalIds: [],
  });
  plan.targetGroups.push({ id: 'tg-2', name: 'Flyktninger', description: '' });
  plan.focusAreas.push({
    id: 'fa-3',
    code: '3',
    title: 'Kompetanse',
    description: '',
    strategyIds: [],
    ...noAreaCost(),
  });
  plan.people.push({
    id: 'p-ola',
    name: 'Ola Nordby',
    title: 'Rådgiver',
    organisation: 'NAV',
    email: '',
    phone: '',
  });
  plan.partners.push({
    id: 'pa-bk',
    name: 'Boligkontoret',
    description: '',
    involvement: 'aktiv',
    contactPersonId: null,
  });
  plan.organisation.push({
    id: 'b-ag',
    type: 'arbeidsgruppe',
    name: 'Arbeidsgruppe bolig',
    description: '',
    parentId: 'b-sg',
    advisesIds: [],
    members: [{ id: 'mb-ola', personId: 'p-ola', role: 'medlem' }],
    responsibilities: [],
  });
  plan.measures.push(
    {
      ...newMeasure('m-1b', 'fa-1', '1B'),
      title: 'Startlån til unge',
      owner: { kind: 'partner', id: 'pa-nav' },
      budget: { costs: [{ year: 2027, amount: 200_000 }], financing: { mode: 'default' } },
    },
    { ...newMeasure('m-1c', 'fa-1', '1C'), title: 'Kartlegge behov' },
    {
      ...newMeasure('m-2a', 'fa-2', '2A'),
      title: 'Boveiledning',
      owner: { kind: 'partner', id: 'pa-nav' },
    },
  );
  plan.budget.frame = [{ year: 2027, amount: 2_000_000 }];
  plan.budget.programmeManagement.costs = [{ year: 2027, amount: 600_000 }];
  plan.chapters = [
    {
      id: 'ch-1',
      kind: 'bakgrunn',
      title: 'Bakgrunn',
      newPage: false,
      content: [
        {
          type: 'paragraph',
          content: [
            { text: 'Bydelen har 40 000 innbyggere. ' },
            { text: 'Mange bor trangt', bold: true },
            { text: ', og ventetiden på kommunal bolig er lang.' },
          ],
        },
      ],
    },
    { id: 'ch-2', kind: 'innledning', title: 'Innledning', newPage: false, content: [] },
  ];
  plan.risks = [
    {
      id: 'r-1',
      title: 'For få boliger',
      description: '',
      likelihood: 'middels',
      consequence: 'hoy',
      mitigation: 'Samarbeid med Boligbygg',
      owner: { kind: 'person', id: 'p-lise' },
      measureIds: ['m-1a'],
    },
    {
      id: 'r-2',
      title: 'Lite penger',
      description: '',
      likelihood: 'lav',
      consequence: 'middels',
      mitigation: '',
      owner: null,
      measureIds: [],
    },
  ];
  plan.needFigures = [
    { id: 'nf-a', year: 2027, category: 'A', atStart: 42, atEnd: 35, helped: 17, comment: '' },
  ];
  plan.measures[0]!.spent = [{ year: 2027, sourceId: husbanken!.id, amount: 95_500 }];
  plan.workshops = [
    {
      id: 'w-1',
      title: 'Verksted om unge',
      date: '2026-04-10',
      focusAreaId: null,
      votesPerPerson: 3,
      participants: 8,
      cards: [],
      notes: '',
    },
  ];
  return startStatusReport(
    plan,
    { period: { year: 2027, part: 'h1' }, deadline: '2027-08-15' },
    'r-2027-h1',
    '2027-06-30',
  );
}

/** A copy to change, so each test states only its own edit. */
export const edited = (plan: Plan, edit: (copy: Plan) => void): Plan => {
  const copy = structuredClone(plan);
  edit(copy);
  return copy;
};
