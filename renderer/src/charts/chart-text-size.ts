/** Mermaid's text size for our charts (themeVariables.fontSize), when none can be read. */
const DEFAULT_TEXT_PX = 16;

/**
 * The size of the smallest text in a drawn chart, in the chart's own pixels (finishChart writes
 * every text's font size onto it). Multiplied by the scale the chart is shown at, it says how
 * large the text is on screen.
 */
export function chartTextPx(svg: SVGSVGElement): number {
  const view = svg.ownerDocument.defaultView;
  let smallest = Infinity;
  for (const text of svg.querySelectorAll('text')) {
    if (!text.textContent?.trim()) continue;
    const size = parseFloat(view?.getComputedStyle(text).fontSize ?? '');
    if (size > 0) smallest = Math.min(smallest, size);
  }
  return Number.isFinite(smallest) ? smallest : DEFAULT_TEXT_PX;
}

/** The scale a chart of `natural` size is shown at in the element it is drawn in. */
export function shownScale(svg: SVGSVGElement, natural: { width: number; height: number }): number {
  const box = svg.getBoundingClientRect();
  if (natural.width <= 0 || natural.height <= 0) return 1;
  // With a limited height the picture is letter-boxed: the smaller ratio is the one drawn.
  return Math.min(box.width / natural.width, box.height / natural.height);
}
