import { Schema, type MarkSpec, type NodeSpec } from 'prosemirror-model';
import { tableNodes } from 'prosemirror-tables';
import { parseLinkAddress } from '#shared/plan/rich-text-operations';

// The editor's document has exactly the shapes of the plan's rich text (shared/model/rich-text.ts):
// paragraphs, headings 2 and 3, flat bullet and numbered lists whose items are one paragraph,
// tables whose cells are one paragraph, pictures, and bold, italic and link marks, and a
// template's writing prompt as a guidance block. Anything
// pasted is fitted into these shapes.

const nodes: Record<string, NodeSpec> = {
  doc: { content: 'block+' },
  paragraph: {
    group: 'block',
    content: 'text*',
    parseDOM: [{ tag: 'p' }],
    toDOM: () => ['p', 0],
  },
  heading: {
    group: 'block',
    content: 'text*',
    attrs: {
      level: {
        default: 2,
        validate: (level) => {
          if (level !== 2 && level !== 3) throw new RangeError('Overskrifter har nivå 2 eller 3.');
        },
      },
    },
    defining: true,
    parseDOM: [
      { tag: 'h1', attrs: { level: 2 } },
      { tag: 'h2', attrs: { level: 2 } },
      { tag: 'h3', attrs: { level: 3 } },
      { tag: 'h4', attrs: { level: 3 } },
      { tag: 'h5', attrs: { level: 3 } },
      { tag: 'h6', attrs: { level: 3 } },
    ],
    toDOM: (node) => [`h${String(node.attrs.level)}`, 0],
  },
  /*
   * A writing prompt: one block the user cannot type into (an atom), shown with its own label
   * so nobody takes it for plan text. Typing or Enter while it is selected replaces it with the
   * user's paragraph (guidance-gives-way.ts); Delete removes it.
   */
  guidance: {
    group: 'block',
    atom: true,
    selectable: true,
    attrs: { text: { validate: 'string' } },
    // Guidance is never pasted: it comes from templates only, so copied guidance is dropped.
    parseDOM: [{ tag: 'div[data-guidance]', ignore: true }],
    toDOM: (node) => [
      'div',
      { class: 'rich-editor__guidance', 'data-guidance': '', contenteditable: 'false' },
      ['span', { class: 'rich-editor__guidance-label' }, 'Veiledning'],
      ['span', { class: 'visually-hidden' }, ' (erstattes av det du skriver): '],
      ['span', { class: 'rich-editor__guidance-text' }, node.attrs.text as string],
    ],
  },
  bullet_list: {
    group: 'block',
    content: 'list_item+',
    parseDOM: [{ tag: 'ul' }],
    toDOM: () => ['ul', 0],
  },
  ordered_list: {
    group: 'block',
    content: 'list_item+',
    parseDOM: [{ tag: 'ol' }],
    toDOM: () => ['ol', 0],
  },
  list_item: {
    content: 'paragraph',
    defining: true,
    parseDOM: [{ tag: 'li' }],
    toDOM: () => ['li', 0],
  },
  text: { group: 'inline' },
  ...chapterTableNodes(),
  image: {
    group: 'block',
    atom: true,
    draggable: true,
    selectable: true,
    attrs: {
      mimeType: { validate: 'string' },
      data: { validate: 'string' },
      alt: { validate: 'string' },
      caption: { default: '', validate: 'string' },
      width: { validate: 'number' },
      height: { validate: 'number' },
    },
    // Pictures come in through «Sett inn bilde»; a pasted <img> from elsewhere may point
    // anywhere and is dropped. Only the editor's own figure (cut and pasted) is read back.
    parseDOM: [
      {
        tag: 'figure.rich-editor__figure',
        getAttrs: (dom) => {
          const img = dom.querySelector('img');
          const src = /^data:(image\/(?:png|jpeg));base64,([A-Za-z0-9+/]+={0,2})$/.exec(
            img?.getAttribute('src') ?? '',
          );
          const alt = img?.getAttribute('alt')?.trim() ?? '';
          const width = Number(img?.getAttribute('data-width'));
          const height = Number(img?.getAttribute('data-height'));
          if (!src || !alt || !(width >= 1) || !(height >= 1)) return false;
          return {
            mimeType: src[1],
            data: src[2],
            alt,
            caption: dom.querySelector('figcaption')?.textContent?.trim() ?? '',
            width,
            height,
          };
        },
      },
    ],
    toDOM: (node) => {
      const attrs = node.attrs as {
        mimeType: string;
        data: string;
        alt: string;
        caption: string;
        width: number;
        height: number;
      };
      const img = [
        'img',
        {
          src: `data:${attrs.mimeType};base64,${attrs.data}`,
          alt: attrs.alt,
          class: 'rich-editor__image',
          'data-width': String(attrs.width),
          'data-height': String(attrs.height),
        },
      ] as const;
      return attrs.caption
        ? ['figure', { class: 'rich-editor__figure' }, img, ['figcaption', attrs.caption]]
        : ['figure', { class: 'rich-editor__figure' }, img];
    },
  },
};

/**
 * Tables as prosemirror-tables builds them, with the plan's shape: each cell one paragraph of
 * text, the first row the header row, and a caption (set when the table is inserted).
 */
function chapterTableNodes(): Record<string, NodeSpec> {
  const specs = tableNodes({ tableGroup: 'block', cellContent: 'paragraph', cellAttributes: {} });
  return {
    ...specs,
    table: {
      ...specs.table,
      attrs: { caption: { default: '', validate: 'string' } },
      toDOM: (node) => {
        const caption = node.attrs.caption as string;
        return caption
          ? ['table', { class: 'rich-editor__table' }, ['caption', caption], ['tbody', 0]]
          : ['table', { class: 'rich-editor__table' }, ['tbody', 0]];
      },
      parseDOM: [
        {
          tag: 'table',
          getAttrs: (dom) => ({
            caption: (dom.querySelector('caption')?.textContent ?? '').trim(),
          }),
        },
        // The caption is the table's attribute, not a row.
        { tag: 'caption', ignore: true },
      ],
    },
  };
}

// The order here is the order of marks on a piece of text: link outside, then bold, then italic.
const marks: Record<string, MarkSpec> = {
  link: {
    attrs: { href: { validate: 'string' } },
    inclusive: false,
    parseDOM: [
      {
        tag: 'a[href]',
        // Only addresses the plan model accepts; other links keep their text and lose the link.
        getAttrs: (dom) => {
          const parsed = parseLinkAddress(dom.getAttribute('href') ?? '');
          return parsed.ok ? { href: parsed.href } : false;
        },
      },
    ],
    toDOM: (mark) => ['a', { href: mark.attrs.href as string, rel: 'noopener noreferrer' }, 0],
  },
  strong: {
    parseDOM: [
      { tag: 'strong' },
      // Google Docs wraps everything in <b style="font-weight:normal">.
      { tag: 'b', getAttrs: (dom) => dom.style.fontWeight !== 'normal' && null },
      { style: 'font-weight=400', clearMark: (m) => m.type.name === 'strong' },
      {
        style: 'font-weight',
        getAttrs: (value) => /^(bold(er)?|[5-9]\d{2,})$/.test(value) && null,
      },
    ],
    toDOM: () => ['strong', 0],
  },
  em: {
    parseDOM: [
      { tag: 'i' },
      { tag: 'em' },
      { style: 'font-style=italic' },
      { style: 'font-style=normal', clearMark: (m) => m.type.name === 'em' },
    ],
    toDOM: () => ['em', 0],
  },
};

export const richTextSchema = new Schema({ nodes, marks });
