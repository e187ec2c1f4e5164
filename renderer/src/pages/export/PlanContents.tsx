import { multiYearOverview } from '#shared/budget/budget-tables';
import { formatKroner } from '#shared/format/numbers';
import { planStatusLabels } from '#shared/model/plan-info';
import type { Plan } from '#shared/model/plan';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** A short account of what goes into the document (open points are in the readiness list). */
export function PlanContents({ plan }: { plan: Plan }) {
  const subGoals = plan.mainGoals.flatMap((g) => g.subGoals);
  const resultGoals = subGoals.flatMap((s) => s.resultGoals);
  const { info } = plan;
  const total = multiYearOverview(plan).sum.cost;

  return (
    <section className="plan-contents" aria-labelledby="plan-contents-heading">
      <h2 id="plan-contents-heading">Dette inneholder planen</h2>
      <dl className="facts plan-contents__facts">
        <dt>Tittel</dt>
        <dd>{info.title || 'Ingen tittel'}</dd>
        <dt>Periode</dt>
        <dd>
          {info.periodStart}–{info.periodEnd}, {planStatusLabels[info.status].toLowerCase()}
          {info.version ? `, versjon ${info.version}` : ''}
        </dd>
        <dt>Mål</dt>
        <dd>
          {count(plan.mainGoals.length, 'hovedmål', 'hovedmål')},{' '}
          {count(subGoals.length, 'delmål', 'delmål')},{' '}
          {count(resultGoals.length, 'resultatmål', 'resultatmål')}
        </dd>
        <dt>Tiltak</dt>
        <dd>
          {count(plan.measures.length, 'tiltak', 'tiltak')} i{' '}
          {count(plan.focusAreas.length, 'satsningsområde', 'satsningsområder')},{' '}
          {count(plan.strategies.length, 'strategi', 'strategier')}
        </dd>
        <dt>Målgrupper</dt>
        <dd>{plan.targetGroups.length}</dd>
        <dt>Budsjett</dt>
        <dd>{formatKroner(total)} i perioden</dd>
        <dt>Organisering</dt>
        <dd>{count(plan.organisation.length, 'ledd', 'ledd')}</dd>
        <dt>Tekstkapitler</dt>
        <dd>{plan.chapters.length}</dd>
      </dl>
    </section>
  );
}
