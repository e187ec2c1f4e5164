import { boardKeyHelp } from './board-keys';

/** The board's keys, for the facilitator (opened with «Hurtigtaster» or «?»). */
export function KeyHelp({ onClose }: { onClose: () => void }) {
  return (
    <div className="ws-help" role="region" aria-label="Hurtigtaster">
      <div className="ws-help__head">
        <h2 className="ws-help__title">Hurtigtaster</h2>
        <button type="button" className="ws-button ws-button--quiet" onClick={onClose}>
          Lukk
        </button>
      </div>
      <dl className="ws-help__list">
        {boardKeyHelp.map(([keys, what]) => (
          <div key={keys} className="ws-help__row">
            <dt>{keys}</dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
