import type { RecentPlan } from '#shared/ipc/contract';
import { formatTimestampDate } from '#shared/format/local-date';

interface RecentPlansProps {
  plans: RecentPlan[] | null;
  busy: boolean;
  onOpen: (path: string) => void;
  onRemove: (path: string) => void;
}

export function RecentPlans({ plans, busy, onOpen, onRemove }: RecentPlansProps) {
  if (plans === null) return <p>Henter listen …</p>;
  if (plans.length === 0) return <p>Planer du oppretter eller åpner, kommer i denne listen.</p>;
  return (
    <ul className="recent-list">
      {plans.map((plan, index) => {
        const title = plan.title.trim() || 'Plan uten tittel';
        const titleId = `recent-plan-${index}`;
        return (
          <li key={plan.path} className={`recent${plan.exists ? '' : ' recent--missing'}`}>
            <div className="recent__text">
              {plan.exists ? (
                <button
                  id={titleId}
                  type="button"
                  className="recent__open"
                  disabled={busy}
                  onClick={() => onOpen(plan.path)}
                >
                  {title}
                </button>
              ) : (
                <span className="recent__title">
                  <span id={titleId}>{title}</span>{' '}
                  <span className="tag tag--missing">Finnes ikke</span>
                </span>
              )}
              <span className="recent__path">{plan.path}</span>
              <span className="recent__date">Sist åpnet {formatTimestampDate(plan.openedAt)}</span>
            </div>
            <button
              id={`${titleId}-remove`}
              type="button"
              className="button button--quiet button--small"
              aria-describedby={titleId}
              onClick={() => onRemove(plan.path)}
            >
              Fjern fra listen
            </button>
          </li>
        );
      })}
    </ul>
  );
}
