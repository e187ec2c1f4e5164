import { useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { buildSlides } from '#shared/plan/presentation-slides';
import { usePlan } from '../../state/plan-context';

interface PresentationViewProps {
  /** The focus areas to show measures for; null for all. */
  focusAreaIds: string[] | null;
  /** Where Esc and «Lukk» go: back to the board, or out of the stage. */
  closeLabel: string;
  onClose: () => void;
}

const forwardKeys = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter']);
const backwardKeys = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);

/**
 * The review at the end of a workshop: vision, main goals with sub-goals, strategies and each
 * focus area's measures, one slide at a time in big type. ←/→, PageUp/PageDown and Space step;
 * Home and End go to the first and last slide.
 */
export function PresentationView({ focusAreaIds, closeLabel, onClose }: PresentationViewProps) {
  const { plan } = usePlan();
  const slides = useMemo(() => buildSlides(plan, focusAreaIds), [plan, focusAreaIds]);
  const [index, setIndex] = useState(0);
  const at = Math.min(index, slides.length - 1);
  const slide = slides[at]!;
  const stage = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    stage.current?.focus();
  }, []);

  const go = (to: number) => setIndex(Math.max(0, Math.min(slides.length - 1, to)));

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.target instanceof HTMLButtonElement && (event.key === ' ' || event.key === 'Enter'))
      return;
    if (forwardKeys.has(event.key) && !(event.key === ' ' && event.shiftKey)) {
      event.preventDefault();
      go(at + 1);
    } else if (backwardKeys.has(event.key) || (event.key === ' ' && event.shiftKey)) {
      event.preventDefault();
      go(at - 1);
    } else if (event.key === 'Home') {
      event.preventDefault();
      go(0);
    } else if (event.key === 'End') {
      event.preventDefault();
      go(slides.length - 1);
    }
  };

  return (
    <div className="ws-present" onKeyDown={onKeyDown}>
      <div
        ref={stage}
        className={`ws-slide ws-slide--${slide.kind}`}
        tabIndex={-1}
        role="group"
        aria-roledescription="lysbilde"
        aria-label={`${at + 1} av ${slides.length}: ${slide.kicker}`}
      >
        <p className="ws-slide__kicker">
          {slide.kicker}
          {slide.part && <span className="ws-slide__part"> ({slide.part})</span>}
        </p>
        <h1 className="ws-slide__title">{slide.title}</h1>
        {slide.body && <p className="ws-slide__body">{slide.body}</p>}
        {slide.kind !== 'vision' &&
          (slide.items.length === 0 ? (
            <p className="ws-slide__empty">{slide.empty}</p>
          ) : (
            <ul className="ws-slide__items">
              {slide.items.map((item, i) => (
                <li key={`${item.code}-${i}`} className="ws-slide__item">
                  {item.code && <span className="ws-slide__code">{item.code}</span>}
                  <span className="ws-slide__text">
                    {item.text}
                    {item.detail && <span className="ws-slide__detail">{item.detail}</span>}
                  </span>
                </li>
              ))}
            </ul>
          ))}
      </div>
      <nav className="ws-present__nav" aria-label="Lysbilder">
        <button
          type="button"
          className="ws-button"
          aria-keyshortcuts="ArrowLeft PageUp"
          aria-disabled={at === 0}
          onClick={() => go(at - 1)}
        >
          ◀ Forrige
        </button>
        <p className="ws-present__count" aria-live="polite">
          <span className="visually-hidden">Lysbilde </span>
          {at + 1} av {slides.length}
          <span className="visually-hidden">: {slide.title}</span>
        </p>
        <button
          type="button"
          className="ws-button"
          aria-keyshortcuts="ArrowRight PageDown Space"
          aria-disabled={at === slides.length - 1}
          onClick={() => go(at + 1)}
        >
          Neste ▶
        </button>
        <button
          type="button"
          className="ws-button ws-button--quiet ws-present__close"
          aria-keyshortcuts="Escape"
          onClick={onClose}
        >
          {closeLabel}
        </button>
      </nav>
    </div>
  );
}
