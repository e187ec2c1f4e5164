/**
 * The arithmetic of the full-size chart view: zoom steps, fitting, and keeping the point under
 * the pointer in place while zooming. Pure, so it is tested without a browser.
 */

/** The steps of the zoom buttons and keys, as in browsers and office programs. */
export const ZOOM_STEPS = [0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3, 4];

export const MAX_ZOOM = 4;

/**
 * Text smaller than this on screen is hard to read at arm's length, and on a projector.
 * Mermaid draws our charts with 16 px text, so at 75 % the text is just readable.
 */
export const READABLE_TEXT_PX = 12;

/** Two scales this close are the same step (the fitted scale is seldom a round number). */
const SAME = 0.005;

export interface Size {
  width: number;
  height: number;
}

/** The scale at which the whole chart fits the view; 1 when either has no size yet. */
export function fitZoom(chart: Size, view: Size): number {
  if (chart.width <= 0 || chart.height <= 0 || view.width <= 0 || view.height <= 0) return 1;
  return Math.min(view.width / chart.width, view.height / chart.height);
}

/** The smallest scale: a quarter, or smaller if that is what it takes to see the whole chart. */
export function minZoom(fit: number): number {
  return Math.min(ZOOM_STEPS[0]!, fit);
}

export function clampZoom(scale: number, fit: number): number {
  return Math.min(MAX_ZOOM, Math.max(minZoom(fit), scale));
}

/**
 * The next step up (direction 1) or down (-1) from `current`. The fitted scale is a step too,
 * so zooming out stops once at «the whole chart».
 */
export function stepZoom(current: number, direction: 1 | -1, fit: number): number {
  const steps = [...ZOOM_STEPS, fit]
    .filter((step) => step >= minZoom(fit) && step <= MAX_ZOOM)
    .sort((a, b) => a - b);
  const next =
    direction === 1
      ? steps.find((step) => step > current + SAME)
      : steps.findLast((step) => step < current - SAME);
  return next ?? (direction === 1 ? MAX_ZOOM : minZoom(fit));
}

/** Pixels per line and per page for wheel events that count in lines or pages (deltaMode). */
const WHEEL_UNIT = [1, 16, 400];

/**
 * Zoom by a wheel turn (Ctrl + wheel, or a pinch on a touchpad): smooth, the same factor for
 * the same turn at any scale, one notch of a mouse wheel (100 px) about 16 %.
 */
export function wheelZoom(current: number, deltaY: number, deltaMode: number, fit: number): number {
  const pixels = deltaY * (WHEEL_UNIT[deltaMode] ?? 1);
  return clampZoom(current * Math.exp(-pixels * 0.0015), fit);
}

/**
 * The scale the view opens at: the whole chart if its text is readable so, never larger than
 * the chart's own size, and otherwise the smallest scale with readable text (the chart is then
 * larger than the view and is moved around in it).
 */
export function openingZoom(fit: number, textPx: number): number {
  const readable = textPx > 0 ? READABLE_TEXT_PX / textPx : 1;
  return Math.min(1, Math.max(fit, readable));
}

/** How large text of `textPx` is on screen at `scale`. */
export function textOnScreen(textPx: number, scale: number): number {
  return textPx * scale;
}

/**
 * Where to scroll to after zooming from `from` to `to` so that the chart point at `anchor`
 * (pixels from the view's left or top edge) stays under it. `offsetBefore`/`offsetAfter` are
 * where the chart starts in the scrolled content (it is centred while smaller than the view).
 * One axis at a time; the browser limits the result to what can be scrolled.
 */
export function anchoredScroll(
  scroll: number,
  anchor: number,
  offsetBefore: number,
  offsetAfter: number,
  from: number,
  to: number,
): number {
  const chartPoint = (scroll + anchor - offsetBefore) / from;
  return chartPoint * to + offsetAfter - anchor;
}

/** «75 %», as Norwegian writes it (a space that does not break before the sign). */
export function formatZoom(scale: number): string {
  return `${Math.round(scale * 100)}\u00a0%`;
}
