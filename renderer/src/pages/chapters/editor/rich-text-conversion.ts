import type { Mark, Node as EditorNode } from 'prosemirror-model';
import type { Block, Inline, RichText } from '#shared/model/rich-text';
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
  }
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
    }
  });
  return normalizeRichText(blocks);
}
