import { useEffect, useRef, type FocusEvent, type HTMLAttributes } from 'react';

/**
 * The scrolling box of a table whose first column (the line's name) and last column (the sum)
 * stay in place while the columns between them (the years) scroll sideways; the table carries
 * the class `sticky-ends`. A long programme period (seven years or more) does not fit beside the
 * name and the sum, and a figure without its row name or its sum cannot be read.
 *
 * `data-overflows` is set while the table is wider than the box, so the sticky columns show an
 * edge only when something can scroll under them. A cell that gets focus (Tab through the year
 * fields) is scrolled clear of the sticky columns: the browser's own focus scrolling only makes
 * it visible in the box, where a sticky column may still cover it.
 */
export function StickyEndsScroll({ className, children, ...rest }: HTMLAttributes<HTMLDivElement>) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const update = () => {
      box.toggleAttribute('data-overflows', box.scrollWidth > box.clientWidth + 1);
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    return () => observer.disconnect();
  }, []);

  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const box = ref.current;
    if (!box || !(event.target instanceof HTMLElement) || event.target === box) return;
    // The browser scrolls the focused field into view after the focus event; adjust after it.
    const target = event.target;
    requestAnimationFrame(() => keepClearOfStickyEnds(box, target));
  };

  return (
    <div
      {...rest}
      ref={ref}
      className={['sticky-ends-scroll', className].filter(Boolean).join(' ')}
      onFocus={onFocus}
    >
      {children}
    </div>
  );
}

function keepClearOfStickyEnds(box: HTMLElement, target: HTMLElement) {
  const cell = target.closest('td, th');
  const row = cell?.parentElement;
  if (!(cell instanceof HTMLTableCellElement) || !(row instanceof HTMLTableRowElement)) return;
  const first = row.cells[0];
  const last = row.cells[row.cells.length - 1];
  if (!first || !last || cell === first || cell === last) return;
  const rect = cell.getBoundingClientRect();
  const start = first.getBoundingClientRect().right;
  const end = last.getBoundingClientRect().left;
  if (rect.left < start) box.scrollLeft -= start - rect.left;
  else if (rect.right > end) box.scrollLeft += rect.right - end;
}
