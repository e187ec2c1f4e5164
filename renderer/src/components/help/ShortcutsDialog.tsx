import {
  chordLabel,
  shortcutGroupLabels,
  shortcuts,
  type Shortcut,
  type ShortcutGroup,
} from '#shared/keyboard/shortcuts';
import { Modal } from '../Modal';

interface ShortcutsDialogProps {
  onClose: () => void;
  /** In the desktop app: also the menu's keys, which a browser keeps for itself. */
  desktop: boolean;
  mac: boolean;
}

/** «Hurtigtaster»: the app's one list of shortcuts (shared/keyboard/shortcuts.ts), by group. */
export function ShortcutsDialog({ onClose, desktop, mac }: ShortcutsDialogProps) {
  const shown: Shortcut[] = shortcuts.filter((s: Shortcut) => desktop || !s.desktopOnly);
  const groups = (Object.keys(shortcutGroupLabels) as ShortcutGroup[])
    .map((group) => ({ group, items: shown.filter((s) => s.group === group) }))
    .filter((g) => g.items.length > 0);
  return (
    <Modal
      title="Hurtigtaster"
      onDismiss={onClose}
      wide
      description={
        <p>
          Tastene gjelder overalt i planen, også mens du skriver i et felt.
          {mac ? ' På Mac brukes Cmd der det står Ctrl.' : ''}
        </p>
      }
    >
      <div className="shortcut-groups">
        {groups.map(({ group, items }) => (
          <table key={group} className="shortcut-table">
            <caption>{shortcutGroupLabels[group]}</caption>
            <thead>
              <tr>
                <th scope="col">Taster</th>
                <th scope="col">Hva de gjør</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id}>
                  <td className="shortcut-table__keys">
                    {item.chords.map((chord, i) => (
                      <span key={i}>
                        {i > 0 && <span className="shortcut-table__or"> eller </span>}
                        <kbd>{chordLabel(chord, mac)}</kbd>
                      </span>
                    ))}
                  </td>
                  <td>{item.what}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
      <div className="modal__footer">
        <button type="button" className="button" onClick={onClose}>
          Lukk
        </button>
      </div>
    </Modal>
  );
}
