import { useState } from 'react';
import type { QualityProblem } from '#shared/checks/quality-checks';
import { useNavigation } from '../../shell/navigation';

const SHOWN = 6;

/** What does not add up, at the top of the page; each item leads to the field to fix. */
export function BudgetProblems({
  problems,
  hasAmounts,
}: {
  problems: QualityProblem[];
  /** Whether any cost or frame is entered: an empty budget is not "in balance". */
  hasAmounts: boolean;
}) {
  const { navigate } = useNavigation();
  const [all, setAll] = useState(false);
  if (problems.length === 0 && !hasAmounts)
    return (
      <p className="notice notice--info budget-problems">
        Ingen kostnader er ført ennå. Start med programledelsen eller tiltakene lenger ned.
      </p>
    );
  if (problems.length === 0)
    return (
      <p className="notice notice--success budget-problems">
        <span aria-hidden="true">✓ </span>Budsjettet går opp: fordelingene er 100 %, og
        finansieringen dekker kostnaden.
      </p>
    );
  const shown = all ? problems : problems.slice(0, SHOWN);
  return (
    <div className="notice notice--warning budget-problems">
      <h2 className="budget-problems__title">
        {problems.length === 1 ? 'Én ting går ikke opp' : `${problems.length} ting går ikke opp`}
      </h2>
      <ul className="budget-problems__list">
        {shown.map((problem) => (
          <li key={problem.key}>
            <a
              href="#"
              onClick={(event) => {
                event.preventDefault();
                if (!problem.entityId) return;
                navigate('budsjett', {
                  entityId: problem.entityId,
                  ...(problem.field ? { field: problem.field } : {}),
                });
              }}
            >
              {problem.message}
            </a>
          </li>
        ))}
      </ul>
      {problems.length > SHOWN && (
        <button
          type="button"
          className="button button--quiet button--small"
          aria-expanded={all}
          onClick={() => setAll(!all)}
        >
          {all ? 'Vis færre' : `Vis alle ${problems.length}`}
        </button>
      )}
    </div>
  );
}
