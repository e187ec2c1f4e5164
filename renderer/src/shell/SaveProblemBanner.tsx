import type { SessionSnapshot } from '../state/plan-session';

interface SaveProblemBannerProps {
  snapshot: SessionSnapshot;
  onRetry: () => void;
  onShowConflict: () => void;
}

/** Stays visible as long as changes are not in the file, so nobody closes the plan unaware. */
export function SaveProblemBanner({ snapshot, onRetry, onShowConflict }: SaveProblemBannerProps) {
  const { status, error } = snapshot.save;
  if (status === 'conflict') {
    return (
      <div className="banner banner--warning" role="alert">
        <p className="banner__title">Planfilen er endret av noen andre</p>
        <p>
          Endringene dine er ikke lagret i filen, men de er ikke borte: de ligger i dette vinduet.
          Lagring er satt på pause til du har valgt hva som skal skje.
        </p>
        <button type="button" className="button" onClick={onShowConflict}>
          Velg hva du vil gjøre …
        </button>
      </div>
    );
  }
  if (!error || status === 'saved') return null;
  return (
    <div className="banner banner--error" role="alert">
      <p className="banner__title">Endringene er ikke lagret</p>
      <p>{error.message}</p>
      {error.problems.length > 0 && (
        <ul className="problem-list">
          {error.problems.map((problem, index) => (
            <li key={index}>
              {problem.where ? `${problem.where}: ${problem.message}` : problem.message}
            </li>
          ))}
        </ul>
      )}
      <p>Endringene er beholdt i vinduet. Planverksted prøver igjen neste gang du endrer noe.</p>
      <button
        type="button"
        className="button"
        aria-disabled={status === 'saving'}
        onClick={() => status !== 'saving' && onRetry()}
      >
        Prøv igjen
      </button>
    </div>
  );
}
