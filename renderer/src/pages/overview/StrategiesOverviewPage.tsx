import type { Plan } from '../../../../shared/model/plan';
import { usePlan } from '../../state/plan-context';
import { OverviewIntro } from './OverviewIntro';

/** "Hovedmål 1", "delmål 1.2" … for the goals a strategy serves. */
function goalNames(plan: Plan, ids: string[]): string[] {
  const names: string[] = [];
  plan.mainGoals.forEach((main, i) => {
    if (ids.includes(main.id)) names.push(`hovedmål ${i + 1}`);
    main.subGoals.forEach((sub, j) => {
      if (ids.includes(sub.id)) names.push(`delmål ${i + 1}.${j + 1}`);
      sub.resultGoals.forEach((result, k) => {
        if (ids.includes(result.id)) names.push(`resultatmål ${i + 1}.${j + 1}.${k + 1}`);
      });
    });
  });
  return names;
}

export function StrategiesOverviewPage() {
  const { plan } = usePlan();
  return (
    <div className="page">
      <OverviewIntro title="Strategier">
        Her skal dere kunne skrive og ordne strategiene i planen, gi dem nummer eller bokstav, og
        knytte dem til målene de skal bidra til. Siden er ikke ferdig ennå, så strategiene kan ikke
        endres her. Under ser du strategiene planen har nå.
      </OverviewIntro>
      {plan.strategies.length === 0 ? (
        <p>Planen har ingen strategier ennå.</p>
      ) : (
        <ol className="overview-list">
          {plan.strategies.map((strategy) => {
            const goals = goalNames(plan, strategy.goalIds);
            return (
              <li key={strategy.id}>
                <h3 className="overview-list__title">
                  {strategy.code} {strategy.title}
                </h3>
                {strategy.description && <p>{strategy.description}</p>}
                <p className="muted">
                  {goals.length > 0
                    ? `Bidrar til ${goals.join(', ')}.`
                    : 'Ikke knyttet til noe mål ennå.'}
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
