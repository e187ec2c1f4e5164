import type { Plan } from '#shared/model/plan';
import { newMeasure } from '#shared/plan/measure-operations';
import { comparePlan, edited } from './compare-fixtures';

// A realistic revision of the comparison plan, as a group would make it a year after adoption:
// an owner changed, money moved, a measure added and one stopped, a sub-goal moved under the
// other main goal, a chapter rewritten, the organisation changed. Used by the Word tests.

export function revisedPlan(adopted: Plan = comparePlan()): Plan {
  return edited(adopted, (p) => {
    p.info.version = '1.1';
    const startlan = p.measures.find((m) => m.id === 'm-1b')!;
    startlan.owner = { kind: 'partner', id: 'pa-bk' };
    startlan.budget.costs = [
      { year: 2027, amount: 250_000 },
      { year: 2028, amount: 150_000 },
    ];
    startlan.status = 'v';
    p.measures.push({
      ...newMeasure('m-3c', 'fa-3', '3C'),
      title: 'Boveiledning',
      description: 'Veiledning i egen bolig for unge som flytter for seg selv første gang.',
      owner: { kind: 'person', id: 'p-ola' },
      budget: { costs: [{ year: 2028, amount: 120_000 }], financing: { mode: 'default' } },
    });
    p.measures = p.measures.filter((m) => m.id !== 'm-2a');
    const kartlegge = p.measures.find((m) => m.id === 'm-1c')!;
    kartlegge.focusAreaId = 'fa-3';
    kartlegge.code = '3D';
    const [sub] = p.mainGoals[0]!.subGoals.splice(1, 1);
    p.mainGoals[1]!.subGoals.push(sub!);
    p.mainGoals[0]!.subGoals[0]!.resultGoals[0]!.indicator!.target = { value: 300, year: 2030 };
    p.vision.text = 'Alle skal ha et trygt og godt sted å bo, også de som trenger hjelp.';
    p.chapters[0]!.content = [
      {
        type: 'paragraph',
        content: [
          {
            text: 'Bydelen har 41 000 innbyggere. Mange bor trangt, og ventetiden på kommunal bolig er lang. Siden vedtaket har ventelisten blitt kortere.',
          },
        ],
      },
    ];
    p.organisation[2]!.parentId = 'b-bu';
    p.budget.frame = [{ year: 2027, amount: 2_200_000 }];
    p.risks[0]!.likelihood = 'hoy';
    p.risks.reverse();
  });
}
