import { usePlan } from '../../state/plan-context';
import { OverviewIntro } from './OverviewIntro';

export function TargetGroupsOverviewPage() {
  const { plan } = usePlan();
  return (
    <div className="page">
      <OverviewIntro title="Målgrupper">
        Her skal dere kunne beskrive målgruppene og se, for hvert satsningsområde, hvilke tiltak som
        når hver gruppe – og hvor det mangler tiltak. Siden er ikke ferdig ennå, så målgruppene kan
        ikke endres her. Under ser du målgruppene planen har nå.
      </OverviewIntro>
      {plan.targetGroups.length === 0 ? (
        <p>Planen har ingen målgrupper ennå.</p>
      ) : (
        <ul className="overview-list">
          {plan.targetGroups.map((group) => (
            <li key={group.id}>
              <h3 className="overview-list__title">{group.name}</h3>
              {group.description && <p>{group.description}</p>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
