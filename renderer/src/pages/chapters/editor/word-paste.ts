// Word puts its own markup on the clipboard: lists are paragraphs with a typed-in bullet or
// number, and every run carries fonts and sizes. This turns that into plain paragraphs, real
// lists and tables (Word's and Excel's) with bold and italic, and drops the rest (links,
// headings, images, styles).

const WORD_MARKUP = /urn:schemas-microsoft-com:office|class="?Mso|mso-/i;

export function isWordHtml(html: string): boolean {
  return WORD_MARKUP.test(html);
}

const ORDERED_MARKER = /^\(?(\d+|[a-z]|[ivxlcdm]+)[.)]$/i;

/** The list a Word paragraph belongs to («mso-list:l0 level1 lfo1»), with its marker removed. */
function takeListInfo(p: HTMLElement): { key: string; ordered: boolean } | null {
  const list = /mso-list:\s*(l\d+)\s+level\d/i.exec(p.getAttribute('style') ?? '');
  if (!list) return null;
  const marker = [...p.querySelectorAll<HTMLElement>('[style]')].find((el) =>
    /mso-list:\s*ignore/i.test(el.getAttribute('style') ?? ''),
  );
  const text = (marker?.textContent ?? '').replace(/\u00a0/g, ' ').trim();
  marker?.remove();
  const ordered = ORDERED_MARKER.test(text);
  return { key: `${list[1]!}:${String(ordered)}`, ordered };
}

function unwrap(element: Element): void {
  element.replaceWith(...element.childNodes);
}

function rename(element: Element, tag: string): void {
  const replacement = element.ownerDocument.createElement(tag);
  replacement.append(...element.childNodes);
  element.replaceWith(replacement);
}

export function cleanWordHtml(html: string): string {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  for (const el of body.querySelectorAll('img, style, script, title, meta, link')) el.remove();

  let list: HTMLElement | null = null;
  let listKey = '';
  for (const p of body.querySelectorAll<HTMLElement>('p')) {
    const info = takeListInfo(p);
    if (!info) continue;
    if (!list || p.previousElementSibling !== list || listKey !== info.key) {
      list = body.ownerDocument.createElement(info.ordered ? 'ol' : 'ul');
      listKey = info.key;
      p.before(list);
    }
    const item = body.ownerDocument.createElement('li');
    item.append(...p.childNodes);
    list.append(item);
    p.remove();
  }

  // A table cell holds one paragraph in a plan: Word's several paragraphs become one line.
  for (const cell of body.querySelectorAll('td, th')) {
    const paragraphs = cell.querySelectorAll('p');
    if (paragraphs.length <= 1) continue;
    const text = [...paragraphs].map((p) => p.innerHTML).filter((h) => h.trim() !== '');
    cell.innerHTML = `<p>${text.join(' ')}</p>`;
  }
  // Excel's column widths and Word's empty spacer rows are not content.
  for (const el of body.querySelectorAll('col, colgroup')) el.remove();

  for (const a of body.querySelectorAll('a')) unwrap(a);
  for (const h of body.querySelectorAll('h1, h2, h3, h4, h5, h6')) rename(h, 'p');
  // Word's empty paragraphs are spacing, not text.
  for (const p of body.querySelectorAll('p')) {
    // An empty paragraph in a table cell is an empty cell, which the table needs.
    if (p.closest('td, th')) continue;
    if ((p.textContent ?? '').replace(/\u00a0/g, ' ').trim() === '') p.remove();
  }
  return body.innerHTML;
}
