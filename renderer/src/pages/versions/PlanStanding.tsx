import type { PlanHistoryView } from '#shared/model/plan-history';
import { latestAdopted } from '#shared/plan/history/version-chain';
import { usePlan } from '../../state/plan-context';
import { useChangesSinceAdoption } from '../../state/use-changes-since-adoption';
import { changesSinceText, standingText } from './history-labels';

interface PlanStandingProps {
  history: PlanHistoryView;
  onShowChanges: () => void;
}

/** Where the plan stands: adopted or not, which draft, and how far it has moved since. */
export function PlanStanding({ history, onShowChanges }: PlanStandingProps) {
  const changes = useChangesSinceAdoption(history);
  const { plan } = usePlan();
  const adopted = latestAdopted(history.versions) !== null;
  return (
    <div className="plan-standing">
      <p className="plan-standing__text">{standingText(history, changes, plan.info)}</p>
      {adopted && changes !== null && (
        <p className="plan-standing__moved">
          <strong>{changesSinceText(changes)}</strong>
          {changes > 0 && (
            <>
              {' '}
              <a
                href="#versjoner-sammenlign"
                className="plan-link"
                onClick={(event) => {
                  event.preventDefault();
                  onShowChanges();
                }}
              >
                Se hva som er endret
              </a>
            </>
          )}
        </p>
      )}
    </div>
  );
}
