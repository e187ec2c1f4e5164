import type { ChartHints } from '#shared/charts/org-chart-source';
import { cleanText } from '#shared/model/clean-text';
import { moveIntoOrder, type Slot } from './rank-order';

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Mermaid leaves the entity codes our labels use for quotes, < > & and the like (#60;) as
 * literal text in SVG labels ("&#60;"); this turns them back into the characters typed. Only
 * the codes escapeMermaidText writes are decoded: a typed "&#0;" reaches here as that text, and
 * decoding it would put a NUL in the SVG, which then no XML parser reads.
 */
export function decodeLabelEntities(svg: SVGSVGElement): void {
  const walker = svg.ownerDocument.createTreeWalker(svg, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('style')) continue;
    const text = node.nodeValue ?? '';
    if (text.includes('&#')) {
      node.nodeValue = cleanText(
        text.replace(/&#(34|35|37|38|60|62|96);/g, (_m, code: string) =>
          String.fromCodePoint(Number(code)),
        ),
      );
    }
  }
}

/**
 * Finishes mermaid's drawing (the SVG must be in the document, so text and boxes can be
 * measured): labels as typed, names in bold, reporting lines as org-chart elbows, a white
 * background and a fixed size in pixels so Word, image viewers and the PNG get the real size.
 */
export function finishChart(
  svg: SVGSVGElement,
  hints?: ChartHints,
): { width: number; height: number } {
  decodeLabelEntities(svg);
  const nodes = nodeElements(svg);
  if (hints) {
    emboldenTitles(nodes, hints.titleLines);
    alignBulletLists(nodes, hints.titleLines);
    const drawn = nodeBoxes(svg, nodes);
    const moved = drawn ? putInOrder(nodes, drawn, hints) : new Set<string>();
    const boxes = moved.size > 0 ? nodeBoxes(svg, nodes) : drawn;
    if (boxes) {
      drawElbows(svg, boxes, hints);
      drawDirect(svg, boxes, hints, moved);
    }
  }
  // Mermaid's label background is half transparent; the line through "gir råd" must not show.
  for (const rect of svg.querySelectorAll<SVGRectElement>('.edgeLabel rect')) {
    rect.style.opacity = '1';
    rect.style.fill = '#ffffff';
  }
  inlinePresentation(svg);
  // The page shows the chart as an image with its own text alternative.
  svg.removeAttribute('role');
  svg.removeAttribute('aria-roledescription');

  const box = svg.viewBox.baseVal;
  const width = Math.ceil(box.width);
  const height = Math.ceil(box.height);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.style.removeProperty('max-width');
  if (!svg.getAttribute('style')?.trim()) svg.removeAttribute('style');
  const background = svg.ownerDocument.createElementNS(SVG_NS, 'rect');
  background.setAttribute('x', String(box.x));
  background.setAttribute('y', String(box.y));
  background.setAttribute('width', String(box.width));
  background.setAttribute('height', String(box.height));
  background.setAttribute('fill', '#ffffff');
  background.setAttribute('class', 'chart-background');
  svg.insertBefore(background, svg.querySelector(':scope > g') ?? null);
  return { width, height };
}

const SHAPES = 'path, rect, polygon, circle, ellipse, line, polyline, text, tspan';
const SHAPE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'opacity',
];
const TEXT_PROPERTIES = ['font-family', 'font-size', 'font-weight', 'text-anchor'];

/**
 * Copies the colours, lines and fonts that mermaid sets in its <style> block onto the elements
 * as presentation attributes. Programs that ignore the style block (some versions of Word and
 * LibreOffice) then still draw lines as lines, not as black shapes, and text in the right font.
 * Where the style block is read it still wins, so nothing changes there.
 */
function inlinePresentation(svg: SVGSVGElement): void {
  const view = svg.ownerDocument.defaultView;
  if (!view) return;
  for (const element of svg.querySelectorAll<SVGElement>(SHAPES)) {
    const style = view.getComputedStyle(element);
    const isText = element instanceof SVGTextContentElement;
    for (const property of isText ? [...SHAPE_PROPERTIES, ...TEXT_PROPERTIES] : SHAPE_PROPERTIES) {
      const value = style.getPropertyValue(property);
      if (value && !(property === 'stroke-dasharray' && value === 'none')) {
        element.setAttribute(property, value);
      }
    }
  }
}

/** Mermaid's node groups by our node id (their element id is "<svg>-flowchart-<node>-<n>"). */
function nodeElements(svg: SVGSVGElement): Map<string, SVGGElement> {
  const prefix = `${svg.id}-flowchart-`;
  const result = new Map<string, SVGGElement>();
  for (const g of svg.querySelectorAll<SVGGElement>('g.node')) {
    if (!g.id.startsWith(prefix)) continue;
    result.set(g.id.slice(prefix.length).replace(/-\d+$/, ''), g);
  }
  return result;
}

function emboldenTitles(nodes: Map<string, SVGGElement>, titleLines: Record<string, number>) {
  for (const [id, g] of nodes) {
    const count = titleLines[id] ?? 0;
    const rows = g.querySelectorAll('text > tspan.text-outer-tspan');
    for (let i = 0; i < Math.min(count, rows.length); i++) {
      const row = rows[i]!;
      row.setAttribute('font-weight', 'bold');
      for (const inner of row.querySelectorAll('tspan')) inner.setAttribute('font-weight', 'bold');
    }
  }
}

/**
 * In a box with a bullet list (responsibilities), the lines under the name are set flush left,
 * with the lines of a wrapped point indented under its text, as in a document.
 */
function alignBulletLists(nodes: Map<string, SVGGElement>, titleLines: Record<string, number>) {
  for (const [id, g] of nodes) {
    const text = g.querySelector<SVGTextElement>('text');
    const rows = [...g.querySelectorAll<SVGTSpanElement>('text > tspan.text-outer-tspan')];
    const details = rows.slice(titleLines[id] ?? 0);
    if (!text || !details.some((row) => row.textContent?.trim().startsWith('•'))) continue;
    const left = -text.getBBox().width / 2;
    const bullet = details.find((row) => row.textContent?.trim().startsWith('•'));
    const indent = bullet ? bulletWidth(text, bullet) : 0;
    let inList = false;
    for (const row of details) {
      const isBullet = row.textContent?.trim().startsWith('•') ?? false;
      inList ||= isBullet;
      row.setAttribute('x', String(left + (inList && !isBullet ? indent : 0)));
      row.style.textAnchor = 'start';
    }
  }
}

/** How far the text of a point starts after its bullet ("• "), in the row's font. */
function bulletWidth(text: SVGTextElement, row: SVGTSpanElement): number {
  const probe = row.cloneNode(false) as SVGTSpanElement;
  probe.textContent = '•\u00a0';
  text.append(probe);
  const width = probe.getComputedTextLength();
  probe.remove();
  return width;
}

/** A node's box in the coordinate system of `space` (where the edge paths are drawn). */
function boxIn(space: SVGGraphicsElement, shape: SVGGraphicsElement): Box {
  const local = shape.getBBox();
  const toSpace = space.getScreenCTM()!.inverse().multiply(shape.getScreenCTM()!);
  const a = new DOMPoint(local.x, local.y).matrixTransform(toSpace);
  const b = new DOMPoint(local.x + local.width, local.y + local.height).matrixTransform(toSpace);
  return {
    x: Math.min(a.x, b.x),
    y: Math.min(a.y, b.y),
    w: Math.abs(b.x - a.x),
    h: Math.abs(b.y - a.y),
  };
}

/**
 * Redraws each reporting line as an organisation chart does: out of the middle of the parent's
 * edge, along a shared line halfway to the children, and into the middle of each child. A line
 * that would cross another box keeps mermaid's own route.
 */
function drawElbows(svg: SVGSVGElement, boxes: Map<string, Box>, hints: ChartHints) {
  const byParent = new Map<string, string[]>();
  for (const { from, to } of hints.treeEdges) {
    byParent.set(from, [...(byParent.get(from) ?? []), to]);
  }
  const down = hints.direction === 'TB';
  // Work in "rank" (r: along the reporting lines) and "cross" (c) coordinates.
  const span = (b: Box) =>
    down
      ? { r0: b.y, r1: b.y + b.h, c: b.x + b.w / 2 }
      : { r0: b.x, r1: b.x + b.w, c: b.y + b.h / 2 };
  const point = (r: number, c: number) => (down ? `${c},${r}` : `${r},${c}`);

  for (const [parentId, childIds] of byParent) {
    const parentBox = boxes.get(parentId);
    if (!parentBox) continue;
    const parent = span(parentBox);
    const children = childIds
      .map((id) => ({ id, box: boxes.get(id) }))
      .filter((c): c is { id: string; box: Box } => c.box !== undefined)
      .filter((c) => span(c.box).r0 > parent.r1 + 8);
    if (children.length === 0) continue;
    const bus = parent.r1 + (Math.min(...children.map((c) => span(c.box).r0)) - parent.r1) / 2;
    for (const child of children) {
      const path = svg.querySelector<SVGPathElement>(
        `path.flowchart-link[data-id="L_${parentId}_${child.id}_0"]`,
      );
      if (!path) continue;
      const target = span(child.box);
      const straight = Math.abs(target.c - parent.c) < 1;
      const segments: Box[] = straight
        ? [segment(down, parent.c, parent.r1, target.r0)]
        : [
            segment(down, parent.c, parent.r1, bus),
            crossSegment(down, bus, parent.c, target.c),
            segment(down, target.c, bus, target.r0),
          ];
      const others = [...boxes].filter(([id]) => id !== parentId && id !== child.id);
      const free = (route: Box[]) => !route.some((s) => others.some(([, b]) => overlaps(s, b)));
      // A child further down (an advisory link pushed it a level lower) is reached by going
      // straight down past the level between and turning just above the child instead.
      const late = target.r0 - (Math.min(...children.map((c) => span(c.box).r0)) - parent.r1) / 2;
      const lateRoute = [
        segment(down, parent.c, parent.r1, late),
        crossSegment(down, late, parent.c, target.c),
        segment(down, target.c, late, target.r0),
      ];
      let turn: number;
      if (free(segments)) turn = bus;
      else if (!straight && late > bus && free(lateRoute)) turn = late;
      else continue;
      path.setAttribute(
        'd',
        straight
          ? `M${point(parent.r1, parent.c)}L${point(target.r0, parent.c)}`
          : `M${point(parent.r1, parent.c)}L${point(turn, parent.c)}L${point(turn, target.c)}L${point(target.r0, target.c)}`,
      );
      path.removeAttribute('marker-end');
      path.removeAttribute('marker-start');
    }
  }
}

/**
 * Puts the boxes of each level back in reading order (hints.inOrder) by moving their node
 * groups along the level; returns the ids moved, whose lines must then be drawn anew.
 */
function putInOrder(
  nodes: Map<string, SVGGElement>,
  boxes: Map<string, Box>,
  hints: ChartHints,
): Set<string> {
  const moved = new Set<string>();
  const down = hints.direction === 'TB';
  const along = (b: Box) => (down ? { start: b.x, size: b.w } : { start: b.y, size: b.h });
  const rank = (b: Box) => (down ? { r0: b.y, r1: b.y + b.h } : { r0: b.x, r1: b.x + b.w });
  for (const order of hints.inOrder ?? []) {
    const members = new Set(order);
    // Boxes of the group on the same level: their middles along the levels agree.
    const levels = new Map<number, Slot[]>();
    for (const id of order) {
      const box = boxes.get(id);
      if (!box) continue;
      const { r0, r1 } = rank(box);
      const key = Math.round((r0 + r1) / 2 / 4);
      levels.set(key, [...(levels.get(key) ?? []), { id, ...along(box) }]);
    }
    for (const slots of levels.values()) {
      if (slots.length < 2) continue;
      const level = rank(boxes.get(slots[0]!.id)!);
      const others = [...boxes]
        .filter(([id, b]) => !members.has(id) && rank(b).r0 < level.r1 && level.r0 < rank(b).r1)
        .map(([id, b]) => ({ id, ...along(b) }));
      const moves = moveIntoOrder(slots, order, others);
      for (const [id, delta] of moves ?? []) {
        const g = nodes.get(id)!;
        const match = /translate\(\s*([-\d.e]+)[\s,]+([-\d.e]+)\s*\)/.exec(
          g.getAttribute('transform') ?? '',
        );
        if (!match) continue;
        const [x, y] = [
          Number(match[1]) + (down ? delta : 0),
          Number(match[2]) + (down ? 0 : delta),
        ];
        g.setAttribute('transform', `translate(${x}, ${y})`);
        moved.add(id);
      }
    }
  }
  return moved;
}

/** Node boxes in the coordinate system the edge paths are drawn in; null without edges. */
function nodeBoxes(svg: SVGSVGElement, nodes: Map<string, SVGGElement>): Map<string, Box> | null {
  const space = svg.querySelector('path.flowchart-link')?.parentElement;
  if (!(space instanceof SVGGraphicsElement) || !space.getScreenCTM()) return null;
  const boxes = new Map<string, Box>();
  for (const [id, g] of nodes) {
    const shape = g.querySelector<SVGGraphicsElement>('.label-container') ?? g;
    boxes.set(id, boxIn(space, shape));
  }
  return boxes;
}

/**
 * Redraws lines between neighbouring levels straight from the parent's lower edge to the
 * child's upper edge (mermaid lets them leave a box sideways and run behind the boxes beside
 * it). Lines leaving or entering the same box are spread along its edge, in the order of the
 * boxes at their other end, so they do not all meet in one point.
 */
function drawDirect(
  svg: SVGSVGElement,
  boxes: Map<string, Box>,
  hints: ChartHints,
  moved: ReadonlySet<string>,
) {
  const down = hints.direction === 'TB';
  const span = (b: Box) =>
    down
      ? { r0: b.y, r1: b.y + b.h, c: b.x + b.w / 2, size: b.w }
      : { r0: b.x, r1: b.x + b.w, c: b.y + b.h / 2, size: b.h };
  const point = (r: number, c: number) => (down ? `${c},${r}` : `${r},${c}`);
  const edges = hints.directEdges
    .map((e) => ({ ...e, a: boxes.get(e.from), b: boxes.get(e.to) }))
    .filter((e): e is typeof e & { a: Box; b: Box } => !!e.a && !!e.b)
    .filter((e) => span(e.b).r0 > span(e.a).r1 + 8);
  // Where along its edge each line leaves (out) or arrives (in).
  const spread = (key: 'from' | 'to', other: 'a' | 'b') => {
    const place = new Map<(typeof edges)[number], number>();
    const groups = new Map<string, typeof edges>();
    for (const e of edges) groups.set(e[key], [...(groups.get(e[key]) ?? []), e]);
    for (const group of groups.values()) {
      const own = span(group[0]![other === 'a' ? 'b' : 'a']);
      group.sort((x, y) => span(x[other]).c - span(y[other]).c);
      const room = Math.min(own.size * 0.5, 24 * (group.length - 1));
      group.forEach((e, i) =>
        place.set(e, own.c + (group.length > 1 ? -room / 2 + (room * i) / (group.length - 1) : 0)),
      );
    }
    return place;
  };
  const starts = spread('from', 'b');
  const ends = spread('to', 'a');
  for (const e of edges) {
    const path = svg.querySelector<SVGPathElement>(
      `path.flowchart-link[data-id="L_${e.from}_${e.to}_0"]`,
    );
    if (!path) continue;
    const start = { r: span(e.a).r1, c: starts.get(e)! };
    // The arrowhead reaches a few pixels past the end of the line.
    const end = { r: span(e.b).r0 - (path.getAttribute('marker-end') ? 4 : 0), c: ends.get(e)! };
    const [x1, y1, x2, y2] = down
      ? [start.c, start.r, end.c, end.r]
      : [start.r, start.c, end.r, end.c];
    const crosses = [...boxes].some(
      ([id, box]) => id !== e.from && id !== e.to && lineHitsBox(x1, y1, x2, y2, box),
    );
    // Mermaid's route is kept round a box in the way, unless it leads to where a box no longer is.
    if (crosses && !moved.has(e.from) && !moved.has(e.to)) continue;
    path.setAttribute('d', `M${point(start.r, start.c)}L${point(end.r, end.c)}`);
  }
}

/** Whether the line from (x1, y1) to (x2, y2) passes through the box (Liang–Barsky clipping). */
function lineHitsBox(x1: number, y1: number, x2: number, y2: number, box: Box): boolean {
  const dx = x2 - x1;
  const dy = y2 - y1;
  let t0 = 0;
  let t1 = 1;
  const checks: [number, number][] = [
    [-dx, x1 - box.x],
    [dx, box.x + box.w - x1],
    [-dy, y1 - box.y],
    [dy, box.y + box.h - y1],
  ];
  for (const [p, q] of checks) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

/** A line along the ranks at cross position c, from rank r0 to r1, as a thin box. */
function segment(down: boolean, c: number, r0: number, r1: number): Box {
  const lo = Math.min(r0, r1);
  const len = Math.abs(r1 - r0);
  return down ? { x: c, y: lo, w: 0, h: len } : { x: lo, y: c, w: len, h: 0 };
}

/** A line across the ranks at rank r, from cross position c0 to c1. */
function crossSegment(down: boolean, r: number, c0: number, c1: number): Box {
  const lo = Math.min(c0, c1);
  const len = Math.abs(c1 - c0);
  return down ? { x: lo, y: r, w: len, h: 0 } : { x: r, y: lo, w: 0, h: len };
}

function overlaps(a: Box, b: Box): boolean {
  const m = 2;
  return (
    a.x <= b.x + b.w + m && a.x + a.w >= b.x - m && a.y <= b.y + b.h + m && a.y + a.h >= b.y - m
  );
}
