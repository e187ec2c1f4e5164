import type { VersionSummary } from '#shared/model/plan-history';
import { versionLine } from '#shared/plan/history/version-labels';
import { recordedLine } from './history-labels';

interface VersionListProps {
  /** Oldest first, as the file keeps them; shown newest first. */
  versions: readonly VersionSummary[];
  onCompare: (version: VersionSummary) => void;
  onRestore: (version: VersionSummary) => void;
}

/** Versjoner: every adopted and set-aside version, none ever deleted. */
export function VersionList({ versions, onCompare, onRestore }: VersionListProps) {
  if (versions.length === 0) {
    return <p className="muted">Ingen versjoner ennå. Den første blir til når planen vedtas.</p>;
  }
  return (
    <ol className="version-list" reversed>
      {[...versions].reverse().map((version) => (
        <li key={version.id} className="version-list__item" data-entity-id={version.id}>
          <h3 className="version-list__number">
            Versjon {version.number}
            {version.kind === 'set-aside' && (
              <span className="tag version-list__tag">lagt til side</span>
            )}
          </h3>
          <p className="version-list__line">{versionLine(version)}</p>
          <p className="version-list__recorded muted">{recordedLine(version)}</p>
          <div className="button-row version-list__actions">
            <button
              type="button"
              className="button button--small"
              onClick={() => onCompare(version)}
            >
              Sammenlign<span className="visually-hidden"> versjon {version.number}</span> med nå
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={() => onRestore(version)}
            >
              Hent fram<span className="visually-hidden"> versjon {version.number}</span> som nytt
              utkast
            </button>
          </div>
        </li>
      ))}
    </ol>
  );
}
