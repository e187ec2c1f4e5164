import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { guideSteps } from './guide-steps';

interface FirstRunGuideProps {
  onClose: () => void;
  /**
   * Opened by itself the first time a plan opens (rather than from Hjelp): it then takes focus
   * only if focus is on nothing yet, never out of a field the user is in.
   */
  openedItself: boolean;
}

const isEditable = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || target.matches('input, textarea, select'));

/**
 * «Kom i gang»: a small panel in a corner, not a modal: the plan stays usable behind it. Esc
 * closes it (also from the page, unless a field or a dialog has the key), as do «Lukk» and
 * «Ferdig». Where focus was when it opened, it goes back to.
 */
export function FirstRunGuide({ onClose, openedItself }: FirstRunGuideProps) {
  const [index, setIndex] = useState(0);
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const panel = useRef<HTMLElement>(null);
  const previous = useRef<HTMLElement | null>(null);
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });
  const step = guideSteps[index]!;
  const last = index === guideSteps.length - 1;

  // In the commit that shows the guide, so the next key lands in it.
  useLayoutEffect(() => {
    const active = document.activeElement as HTMLElement | null;
    const free = !active || active === document.body || active.id === 'main';
    if (openedItself && !free) return;
    previous.current = active;
    heading.current?.focus();
    // Only when it opens; later steps move focus themselves.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  /** Closes the guide; focus goes back only if it was in the guide. */
  const finish = () => {
    const inGuide = panel.current?.contains(document.activeElement) ?? false;
    close.current();
    if (!inGuide) return;
    const back = previous.current;
    if (back?.isConnected && back !== document.body) back.focus();
    else document.getElementById('main')?.focus();
  };
  const finishRef = useRef(finish);
  useEffect(() => {
    finishRef.current = finish;
  });

  // Esc from the page closes it too, unless a dialog, a field or a list has used the key.
  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (document.querySelector('[aria-modal="true"]')) return;
      if (isEditable(event.target)) return;
      event.preventDefault();
      finishRef.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    finish();
  };

  return (
    <section
      ref={panel}
      className="first-run-guide"
      aria-labelledby={titleId}
      aria-roledescription="veiledning"
      onKeyDown={onKeyDown}
    >
      {/* Focus stays on «Neste» (Enter again goes on); the new step is read out from here. */}
      <div aria-live="polite">
        <p className="first-run-guide__kicker">
          Kom i gang · steg {index + 1} av {guideSteps.length}
        </p>
        <h2 id={titleId} ref={heading} tabIndex={-1} className="first-run-guide__title">
          {step.title}
        </h2>
        <p className="first-run-guide__text">{step.text}</p>
      </div>
      <div className="first-run-guide__actions">
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={finish}
          aria-keyshortcuts="Escape"
        >
          Lukk veiledningen
        </button>
        <span className="first-run-guide__steps">
          {index > 0 && (
            <button
              type="button"
              className="button button--quiet button--small"
              onClick={() => setIndex(index - 1)}
            >
              Forrige
            </button>
          )}
          {/* One button that changes from «Neste» to «Ferdig», so focus stays on it. */}
          {last ? (
            <button type="button" className="button button--small" onClick={finish}>
              Ferdig
            </button>
          ) : (
            <button
              type="button"
              className="button button--small"
              onClick={() => setIndex(index + 1)}
            >
              Neste
            </button>
          )}
        </span>
      </div>
    </section>
  );
}
