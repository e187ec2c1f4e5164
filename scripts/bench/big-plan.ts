import type { OpenResult } from '#shared/ipc/contract';
import type { Plan } from '#shared/model/plan';
import { addMeasure } from '#shared/plan/measure-operations';
import { call } from './bench-server';

export const MEASURES = 500;
const FOCUS_AREAS = 5;
export const PLAN_TITLE = 'Ytelsestest med 500 tiltak';

/** Creates a plan from the Oslo template through the API and fills it with measures. */
export async function createBigPlan(base: string): Promise<Plan> {
  const created = await call<OpenResult>(base, 'createPlan', {
    templateId: 'oslo-bydel',
    title: PLAN_TITLE,
  });
  if (!created.ok) throw new Error(`Kunne ikke lage planen: ${created.error.message}`);
  const plan = withMeasures(created.opened.plan);
  const saved = await call<{ ok: boolean; message?: string }>(base, 'savePlan', {
    path: created.opened.path,
    plan,
    baseRevision: created.opened.revision,
  });
  if (!saved.ok) throw new Error(`Kunne ikke lagre planen: ${saved.message}`);
  return plan;
}

const verbs = ['Kartlegge', 'Etablere', 'Styrke', 'Utvikle', 'Samordne', 'Prøve ut', 'Evaluere'];
const things = [
  'booppfølging',
  'boligtorg',
  'startlån',
  'bostøtte',
  'miljøarbeid',
  'tilrettelagte boliger',
  'utleieboliger',
  'nabolagsarbeid',
  'veiledning',
  'samarbeid med NAV',
];
const whom = ['for unge', 'for flyktninger', 'for eldre', 'for barnefamilier', 'i borettslag'];

/** A plausible, varied measure title for the i-th generated measure (shared by the benches). */
export function benchMeasureTitle(i: number): string {
  return `${verbs[i % verbs.length]} ${things[i % things.length]} ${whom[i % whom.length]}`;
}

function withMeasures(template: Plan): Plan {
  let plan = template;
  const areas = plan.focusAreas.slice(0, FOCUS_AREAS);
  const owners = [
    ...plan.people.map((p) => ({ kind: 'person' as const, id: p.id })),
    ...plan.partners.map((p) => ({ kind: 'partner' as const, id: p.id })),
  ];
  for (let i = 0; i < MEASURES; i += 1) {
    const area = areas[i % areas.length]!;
    const title = benchMeasureTitle(i);
    const year = 2027 + (i % 3);
    plan = addMeasure(plan, area.id, {
      title,
      description: `Tiltak nummer ${i + 1}: ${title.toLowerCase()} i samarbeid med tjenestene i bydelen.`,
      expectedResult: `Flere i målgruppen får hjelp (${i % 40} husstander per år).`,
      owner: i % 9 === 0 ? null : owners[i % owners.length]!,
      targetGroupIds: [plan.targetGroups[i % plan.targetGroups.length]!.id],
      strategyIds: area.strategyIds.slice(0, 1 + (i % 2)),
      startDate: `${year}-0${1 + (i % 9)}-01`,
      endDate: `${year + 1}-12-31`,
      status: (['n', 'v', 'g', 'a'] as const)[i % 4],
      progress: ([0, 25, 50, 75, 100] as const)[i % 5],
    });
  }
  return plan;
}
