/**
 * Mermaid's xychart draws a bar for the value 0 as a short stub: the y axis keeps half a label's
 * height below its 0, and every bar reaches the bottom of the plot. In a stacked status chart
 * such stubs read as «one measure». This removes the bars that start exactly at the 0 line,
 * found from the y axis's own «0» label; a chart without that label is left as it is.
 */
export function dropZeroBars(svg: string): string {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const zeroLabel = [...doc.querySelectorAll('g.left-axis g.label text')].find(
    (t) => t.textContent?.trim() === '0',
  );
  const match = /translate\(\s*[-\d.e]+\s*,\s*([-\d.e]+)/.exec(
    zeroLabel?.getAttribute('transform') ?? '',
  );
  if (!match) return svg;
  const zeroY = Number(match[1]);
  let dropped = false;
  for (const rect of doc.querySelectorAll('g[class^="bar-plot-"] rect')) {
    if (Math.abs(Number(rect.getAttribute('y')) - zeroY) < 0.5) {
      rect.remove();
      dropped = true;
    }
  }
  return dropped ? new XMLSerializer().serializeToString(doc.documentElement) : svg;
}
