import { ariaKeyShortcuts, chordLabel, shortcut } from '#shared/keyboard/shortcuts';
import { HelpMenuButton } from '../components/help/HelpMenuButton';
import type { SessionSnapshot } from '../state/plan-session';
import { SaveStatus } from './SaveStatus';
import { VersionBadge } from './VersionBadge';

interface ShellHeaderProps {
  snapshot: SessionSnapshot;
  onUndo: () => void;
  onRedo: () => void;
  onClose: () => void;
}

/** «Ctrl+Shift+Z eller Ctrl+Y», from the one list of shortcuts. */
const keysOf = (id: 'undo' | 'redo') =>
  shortcut(id)
    .chords.map((chord) => chordLabel(chord))
    .join(' eller ');

export function ShellHeader({ snapshot, onUndo, onRedo, onClose }: ShellHeaderProps) {
  const title = snapshot.plan.info.title.trim() || 'Plan uten tittel';
  return (
    <header className="shell-header">
      <div className="shell-header__identity">
        <p className="brand brand--small">Planverksted</p>
        {/* The title attribute shows the whole title when a narrow window cuts it short. */}
        <div className="shell-header__name">
          <p className="shell-header__title" title={title}>
            {title}
          </p>
          <VersionBadge />
        </div>
        <p className="shell-header__file" title={snapshot.fileName}>
          <span className="visually-hidden">Fil: </span>
          {snapshot.fileName}
        </p>
      </div>
      <SaveStatus status={snapshot.save.status} />
      <div className="shell-header__actions">
        {/* aria-disabled rather than disabled: the button keeps focus when the history runs out. */}
        <button
          type="button"
          className="button button--quiet"
          aria-disabled={!snapshot.canUndo}
          aria-keyshortcuts={ariaKeyShortcuts('undo')}
          title={keysOf('undo')}
          onClick={() => snapshot.canUndo && onUndo()}
        >
          Angre
        </button>
        <button
          type="button"
          className="button button--quiet"
          aria-disabled={!snapshot.canRedo}
          aria-keyshortcuts={ariaKeyShortcuts('redo')}
          title={keysOf('redo')}
          onClick={() => snapshot.canRedo && onRedo()}
        >
          Gjør om
        </button>
        <HelpMenuButton />
        <button type="button" className="button" onClick={onClose}>
          Lukk plan
        </button>
      </div>
    </header>
  );
}
