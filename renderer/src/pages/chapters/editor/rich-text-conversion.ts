import type { Mark, Node as EditorNode } from 'prosemirror-model';
import { TableMap } from 'prosemirror-tables';
import type { Block, ImageBlock, Inline, RichText, TableBlock } from '#shared/model/rich-text';
import { normalizeRichText } from '#shared/plan/rich-text-operations';
import { richTextSchema as schema } from './rich-text-schema';

// Pure conversion between the plan's blocks and the editor's document. blocks → doc → blocks
// gives back the normalized blocks (tests/unit/renderer/pages/chapters/editor/rich-text-conversion.test.ts).

function marksOf(run: Inline): Mark[] {
  const marks: Mark[] = [];
  if (run.link) marks.push(schema.marks.link!.create({ href: run.link }));
  if (run.bold) marks.push(schema.marks.strong!.create());
  if (run.italic) marks.push(schema.marks.em!.create());
  return marks;
}

const textNodes = (runs: readonly Inline[]) =>
  runs.map((run) => schema.text(run.text, marksOf(run)));

function blockNode(block: Block): EditorNode {
  switch (block.type) {
    case 'paragraph':
      return schema.nodes.paragraph!.create(null, textNodes(block.content));
    case 'heading':
      return schema.nodes.heading!.create({ level: block.level }, textNodes(block.content));
    case 'guidance':
      return schema.nodes.guidance!.create({ text: block.content.map((r) => r.text).join('') });
    case 'list': {
      const type = block.ordered ? schema.nodes.ordered_list! : schema.nodes.bullet_list!;
      return type.create(
        null,
        block.items.map((item) =>
          schema.nodes.list_item!.create(
            null,
            schema.nodes.paragraph!.create(null, textNodes(item)),
          ),
        ),
      );
    }
    case 'table':
      return tableNode(block);
    case 'image':
      return schema.nodes.image!.create({
        mimeType: block.mimeType,
        data: block.data,
        alt: block.alt,
        caption: block.caption ?? '',
        width: block.width,
        height: block.height,
      });
  }
}

/** The first row in header cells, the rest in body cells; short rows filled out to the grid. */
function tableNode(block: TableBlock): EditorNode {
  const columns = Math.max(1, ...block.rows.map((row) => row.length));
  return schema.nodes.table!.create(
    { caption: block.caption ?? '' },
    block.rows.map((row, r) =>
      schema.nodes.table_row!.create(
        null,
        Array.from({ length: columns }, (_, c) =>
          (r === 0 ? schema.nodes.table_header! : schema.nodes.table_cell!).create(
            null,
            schema.nodes.paragraph!.create(null, textNodes(row[c] ?? [])),
          ),
        ),
      ),
    ),
  );
}

/**
 * A table as rows of cells over its full grid: a cell spanning several columns or rows (pasted
 * from Word) keeps its text in its first place, the places it covers stay empty.
 */
function tableBlock(table: EditorNode): TableBlock {
  const map = TableMap.get(table);
  const seen = new Set<number>();
  const rows: Inline[][][] = [];
  for (let r = 0; r < map.height; r++) {
    const row: Inline[][] = [];
    for (let c = 0; c < map.width; c++) {
      const pos = map.map[r * map.width + c]!;
      const cell = table.nodeAt(pos);
      if (!cell || seen.has(pos)) {
        row.push([]);
        continue;
      }
      seen.add(pos);
      const runs: Inline[] = [];
      cell.forEach((block, _offset, i) => {
        if (i > 0 && runs.length > 0) runs.push({ text: ' ' });
        if (block.isTextblock) runs.push(...inlinesOf(block));
      });
      row.push(runs);
    }
    rows.push(row);
  }
  const caption = (table.attrs.caption as string).trim();
  return caption ? { type: 'table', rows, caption } : { type: 'table', rows };
}

function imageBlock(node: EditorNode): ImageBlock {
  const attrs = node.attrs as {
    mimeType: ImageBlock['mimeType'];
    data: string;
    alt: string;
    caption: string;
    width: number;
    height: number;
  };
  const image: ImageBlock = {
    type: 'image',
    mimeType: attrs.mimeType,
    data: attrs.data,
    alt: attrs.alt,
    width: attrs.width,
    height: attrs.height,
  };
  if (attrs.caption.trim()) image.caption = attrs.caption.trim();
  return image;
}

export function blocksToDoc(blocks: readonly Block[]): EditorNode {
  const normalized = normalizeRichText(blocks);
  const content =
    normalized.length > 0 ? normalized.map(blockNode) : [schema.nodes.paragraph!.create()];
  return schema.nodes.doc!.create(null, content);
}

function inlinesOf(textblock: EditorNode): Inline[] {
  const runs: Inline[] = [];
  textblock.forEach((child) => {
    if (!child.isText || !child.text) return;
    const run: Inline = { text: child.text };
    for (const mark of child.marks) {
      if (mark.type.name === 'strong') run.bold = true;
      else if (mark.type.name === 'em') run.italic = true;
    }
    const link = child.marks.find((m) => m.type.name === 'link');
    if (link) run.link = link.attrs.href as string;
    runs.push(run);
  });
  return runs;
}

export function docToBlocks(doc: EditorNode): RichText {
  const blocks: Block[] = [];
  doc.forEach((node) => {
    switch (node.type.name) {
      case 'paragraph':
        blocks.push({ type: 'paragraph', content: inlinesOf(node) });
        break;
      case 'heading':
        blocks.push({
          type: 'heading',
          level: node.attrs.level === 3 ? 3 : 2,
          content: inlinesOf(node),
        });
        break;
      case 'guidance':
        blocks.push({ type: 'guidance', content: [{ text: node.attrs.text as string }] });
        break;
      case 'bullet_list':
      case 'ordered_list': {
        const items: Inline[][] = [];
        node.forEach((item) => items.push(item.firstChild ? inlinesOf(item.firstChild) : []));
        blocks.push({ type: 'list', ordered: node.type.name === 'ordered_list', items });
        break;
      }
      case 'table':
        blocks.push(tableBlock(node));
        break;
      case 'image':
        blocks.push(imageBlock(node));
        break;
    }
  });
  return normalizeRichText(blocks);
}
