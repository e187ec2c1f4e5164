import { useId, useLayoutEffect, useRef, useState, type PointerEvent, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { Modal } from '../components/Modal';
import {
  anchoredScroll,
  clampZoom,
  fitZoom,
  formatZoom,
  MAX_ZOOM,
  minZoom,
  openingZoom,
  stepZoom,
  wheelZoom,
  type Size,
} from './chart-zoom';
import { chartTextPx } from './chart-text-size';
import type { RenderedChart } from './render-chart';

interface ChartViewerProps {
  chart: RenderedChart;
  /** The chart's name: the dialog's title and the picture's label. */
  label: string;
  /** The chart in words, under «Kartet beskrevet med ord». */
  description: string;
  /** The legend, as under the chart on the page. */
  children?: ReactNode;
  onClose: () => void;
}

/** How far an arrow key moves the chart (with Shift: a screenful, less a little). */
const ARROW_STEP = 48;

interface Point {
  x: number;
  y: number;
}

/**
 * The chart over the whole window, to read and to show on a projector: zoom with the buttons,
 * + − 0, Ctrl + wheel or a pinch; move it by dragging, with the arrow keys or the scrollbars.
 * The chart is drawn larger or smaller (not a CSS transform), so the scrollbars always tell
 * where one is, and the browser's own scrolling does the moving.
 */
export function ChartViewer({ chart, label, description, children, onClose }: ChartViewerProps) {
  const textId = useId();
  const scroller = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  // The room for the chart (the scroll area less its padding); null until measured.
  const [room, setRoom] = useState<Size | null>(null);
  const [scale, setScale] = useState(1);
  const [dragging, setDragging] = useState(false);
  const drag = useRef<{ pointer: number; start: Point; scroll: Point } | null>(null);
  // Scrolling that must wait until the chart has its new size (set in the same commit).
  const afterResize = useRef<(() => void) | null>(null);
  const fit = room ? fitZoom(chart, room) : 1;

  // Measured before the first paint, so the chart never shows at a wrong size first.
  useLayoutEffect(() => {
    const element = scroller.current!;
    const measure = () => {
      const style = getComputedStyle(element);
      return {
        width: element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
        height:
          element.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom),
      };
    };
    const first = measure();
    const svg = content.current?.querySelector('svg');
    setRoom(first);
    setScale(openingZoom(fitZoom(chart, first), svg ? chartTextPx(svg) : 16));
    // Larger than the view: start with the top box (the first drawn) in the middle.
    afterResize.current = () => {
      const top = content.current?.querySelector('g.node');
      if (!top) return;
      const outer = element.getBoundingClientRect();
      const inner = top.getBoundingClientRect();
      element.scrollLeft += inner.left + inner.width / 2 - (outer.left + outer.width / 2);
      element.scrollTop += inner.top + inner.height / 2 - (outer.top + outer.height / 2);
    };
    const observer = new ResizeObserver(() => {
      const next = measure();
      setRoom((old) =>
        old && old.width === next.width && old.height === next.height ? old : next,
      );
    });
    observer.observe(element);
    return () => observer.disconnect();
    // Opening only: later the reader decides the scale.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useLayoutEffect(() => {
    // The opening commit has not measured yet; its scrolling waits for the measured size.
    if (room === null) return;
    const run = afterResize.current;
    afterResize.current = null;
    run?.();
  }, [scale, room]);

  /** Zooms to `next`, keeping the chart point at `anchor` (default: the middle) in place. */
  const zoomTo = (next: number, anchor?: Point) => {
    const element = scroller.current;
    const inner = content.current;
    const to = clampZoom(next, fit);
    if (!element || !inner || Math.abs(to - scale) < 1e-6) return;
    const at = anchor ?? { x: element.clientWidth / 2, y: element.clientHeight / 2 };
    const before = {
      left: element.scrollLeft,
      top: element.scrollTop,
      x: inner.offsetLeft,
      y: inner.offsetTop,
    };
    afterResize.current = () => {
      element.scrollLeft = anchoredScroll(before.left, at.x, before.x, inner.offsetLeft, scale, to);
      element.scrollTop = anchoredScroll(before.top, at.y, before.y, inner.offsetTop, scale, to);
    };
    // At once, not on a later frame: the next key or wheel turn starts from this scale.
    flushSync(() => setScale(to));
  };

  const pan = (dx: number, dy: number) => {
    scroller.current?.scrollBy({ left: dx, top: dy, behavior: 'instant' });
  };

  // The wheel handler and the keys read the newest state through this.
  const latest = useRef({ zoomTo, pan, scale, fit });
  useLayoutEffect(() => {
    latest.current = { zoomTo, pan, scale, fit };
  });

  // Ctrl + wheel (and a touchpad pinch, which the browser reports so) zooms at the pointer. Not
  // a React handler: those are passive, and the browser would zoom the whole window too.
  useLayoutEffect(() => {
    const element = scroller.current!;
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      const { zoomTo: zoom, scale: now, fit: whole } = latest.current;
      const box = element.getBoundingClientRect();
      zoom(wheelZoom(now, event.deltaY, event.deltaMode, whole), {
        x: event.clientX - box.left - element.clientLeft,
        y: event.clientY - box.top - element.clientTop,
      });
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, []);

  // Keys work wherever the focus is in the dialog (the buttons take no arrow keys of their own).
  // In a layout effect, so a key pressed right after opening is not lost.
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // Ctrl/Cmd + and − stay the menu's «Større tekst» and «Mindre tekst» for the whole window.
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const { zoomTo: zoom, pan: move, scale: now, fit: whole } = latest.current;
      const element = scroller.current!;
      const far = event.shiftKey;
      const across = far ? element.clientWidth - ARROW_STEP : ARROW_STEP;
      const down = far ? element.clientHeight - ARROW_STEP : ARROW_STEP;
      const actions: Record<string, () => void> = {
        '+': () => zoom(stepZoom(now, 1, whole)),
        '=': () => zoom(stepZoom(now, 1, whole)),
        '-': () => zoom(stepZoom(now, -1, whole)),
        '0': () => zoom(whole),
        ArrowLeft: () => move(-across, 0),
        ArrowRight: () => move(across, 0),
        ArrowUp: () => move(0, -down),
        ArrowDown: () => move(0, down),
      };
      const action = actions[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    const element = event.currentTarget;
    // Touch scrolls by itself; a press on a scrollbar is the scrollbar's.
    if (event.button !== 0 || event.pointerType === 'touch') return;
    const box = element.getBoundingClientRect();
    if (
      event.clientX - box.left - element.clientLeft >= element.clientWidth ||
      event.clientY - box.top - element.clientTop >= element.clientHeight
    ) {
      return;
    }
    element.setPointerCapture(event.pointerId);
    drag.current = {
      pointer: event.pointerId,
      start: { x: event.clientX, y: event.clientY },
      scroll: { x: element.scrollLeft, y: element.scrollTop },
    };
    setDragging(true);
  };

  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const moving = drag.current;
    if (!moving || moving.pointer !== event.pointerId) return;
    event.currentTarget.scrollLeft = moving.scroll.x - (event.clientX - moving.start.x);
    event.currentTarget.scrollTop = moving.scroll.y - (event.clientY - moving.start.y);
  };

  const endDrag = (event: PointerEvent<HTMLDivElement>) => {
    if (drag.current?.pointer !== event.pointerId) return;
    drag.current = null;
    setDragging(false);
  };

  return (
    <Modal
      title={label}
      full
      onDismiss={onClose}
      initialFocus={scroller}
      description={
        <p className="chart-viewer__help">
          Flytt kartet ved å dra i det eller med piltastene. Zoom med knappene, med + og −, eller
          med Ctrl og musehjulet. 0 viser hele kartet. Esc lukker.
        </p>
      }
    >
      <div className="chart-viewer__tools">
        <div className="chart-viewer__zoom" role="group" aria-label="Zoom">
          <button
            type="button"
            className="button button--small"
            onClick={() => zoomTo(stepZoom(scale, -1, fit))}
            // Not `disabled`: that would drop the focus to nowhere at the last step.
            aria-disabled={scale <= minZoom(fit) + 1e-6}
          >
            <span aria-hidden="true">−</span> Zoom ut
          </button>
          <output className="chart-viewer__scale" aria-label="Størrelse">
            {formatZoom(scale)}
          </output>
          <button
            type="button"
            className="button button--small"
            onClick={() => zoomTo(stepZoom(scale, 1, fit))}
            aria-disabled={scale >= MAX_ZOOM - 1e-6}
          >
            <span aria-hidden="true">+</span> Zoom inn
          </button>
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => zoomTo(fit)}
          >
            Tilpass til vinduet
          </button>
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => zoomTo(1)}
          >
            Faktisk størrelse
          </button>
        </div>
        <button type="button" className="button button--small" onClick={onClose}>
          Lukk
        </button>
      </div>
      <div
        ref={scroller}
        className={`chart-viewer__scroller${dragging ? ' chart-viewer__scroller--dragging' : ''}`}
        // Focusable: the arrow keys and Page Up/Down scroll it, and a screen reader finds it.
        tabIndex={0}
        role="img"
        aria-label={label}
        aria-describedby={textId}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={endDrag}
        onPointerCancel={endDrag}
      >
        <div
          ref={content}
          className="chart-viewer__chart"
          style={{ width: chart.width * scale, height: chart.height * scale }}
          dangerouslySetInnerHTML={{ __html: chart.svg }}
        />
      </div>
      <div className="chart-viewer__footer">
        {children}
        <details className="chart-figure__text">
          <summary>Kartet beskrevet med ord</summary>
          <p id={textId}>{description}</p>
        </details>
      </div>
    </Modal>
  );
}
