import { useId } from 'react';
import { ariaKeyShortcuts, chordLabel, shortcut } from '#shared/keyboard/shortcuts';
import { useHelp } from './help-context';

/**
 * Hjelp on the start screen: the three choices as plain buttons at the foot of the page (the
 * plan's header has them behind its Hjelp button).
 */
export function HelpLinks() {
  const help = useHelp();
  const headingId = useId();
  const f1 = chordLabel(shortcut('shortcuts').chords[0]!);
  return (
    <section className="help-links" aria-labelledby={headingId}>
      <h2 id={headingId} className="help-links__heading">
        Hjelp
      </h2>
      <ul className="help-links__list">
        <li>
          <button type="button" className="button button--quiet" onClick={() => help.show('guide')}>
            Kom i gang
          </button>
        </li>
        <li>
          <button
            type="button"
            className="button button--quiet"
            aria-keyshortcuts={ariaKeyShortcuts('shortcuts')}
            onClick={() => help.show('shortcuts')}
          >
            Hurtigtaster{' '}
            <kbd className="help-menu__key" aria-hidden="true">
              {f1}
            </kbd>
          </button>
        </li>
        <li>
          <button type="button" className="button button--quiet" onClick={() => help.show('about')}>
            Om Planverksted
          </button>
        </li>
      </ul>
    </section>
  );
}
