import type { Node as EditorNode } from 'prosemirror-model';
import {
  NodeSelection,
  Plugin,
  TextSelection,
  type Command,
  type Transaction,
} from 'prosemirror-state';
import {
  addColumnAfter,
  addColumnBefore,
  addRowAfter,
  addRowBefore,
  deleteColumn,
  deleteRow,
  deleteTable,
  goToNextCell,
  isInTable,
  tableEditing,
} from 'prosemirror-tables';
import type { ImageBlock } from '#shared/model/rich-text';
import { OWN_STEP } from './editor-commands';
import { richTextSchema as schema } from './rich-text-schema';

// Tables and pictures in chapter text: inserting them, and the row and column commands of
// prosemirror-tables. Each is its own undo step in the plan, like formatting.

/** A new table: a header row and `rows` body rows of `columns` empty cells, cursor in the first. */
export function insertTable(rows: number, columns: number, caption: string): Command {
  return (state, dispatch) => {
    const row = (header: boolean) =>
      schema.nodes.table_row!.create(
        null,
        Array.from({ length: columns }, () =>
          (header ? schema.nodes.table_header! : schema.nodes.table_cell!).createAndFill()!,
        ),
      );
    const table = schema.nodes.table!.create({ caption: caption.trim() }, [
      row(true),
      ...Array.from({ length: rows }, () => row(false)),
    ]);
    if (!dispatch) return true;
    const tr = insertBlock(state.tr, table);
    dispatch(tr.setMeta(OWN_STEP, true).scrollIntoView());
    return true;
  };
}

export type NewImage = Omit<ImageBlock, 'type' | 'caption'> & { caption: string };

export function insertImage(image: NewImage): Command {
  return (state, dispatch) => {
    if (!dispatch) return true;
    const node = schema.nodes.image!.create({ ...image, caption: image.caption.trim() });
    dispatch(insertBlock(state.tr, node).setMeta(OWN_STEP, true).scrollIntoView());
    return true;
  };
}

/** The selected picture's texts, and its file when a new one was chosen; one undo step. */
export function updateSelectedImage(
  change: { alt: string; caption: string } & Partial<Omit<NewImage, 'alt' | 'caption'>>,
): Command {
  return (state, dispatch) => {
    const { selection } = state;
    if (!(selection instanceof NodeSelection) || selection.node.type !== schema.nodes.image)
      return false;
    if (!dispatch) return true;
    const attrs = { ...selection.node.attrs, ...change, caption: change.caption.trim() };
    const tr = state.tr.setNodeMarkup(selection.from, null, attrs);
    tr.setSelection(NodeSelection.create(tr.doc, selection.from));
    dispatch(tr.setMeta(OWN_STEP, true).scrollIntoView());
    return true;
  };
}

/**
 * Puts a block after the paragraph the cursor is in (an empty paragraph is replaced), with an
 * empty paragraph after it when nothing follows, so there is always a place to go on writing.
 */
function insertBlock(tr: Transaction, node: EditorNode): Transaction {
  const { $from } = tr.selection;
  // The top-level block the cursor is in.
  const depth = Math.min(1, $from.depth);
  const blockStart = depth === 0 ? $from.pos : $from.before(1);
  const blockEnd = depth === 0 ? $from.pos : $from.after(1);
  const block = depth === 0 ? null : $from.node(1);
  const emptyParagraph =
    !!block && block.type === schema.nodes.paragraph && block.content.size === 0;
  const at = emptyParagraph ? blockStart : blockEnd;
  if (emptyParagraph) tr.replaceWith(blockStart, blockEnd, node);
  else tr.insert(at, node);
  const after = at + node.nodeSize;
  if (after >= tr.doc.content.size) tr.insert(after, schema.nodes.paragraph!.create());
  // The cursor goes into the table's first cell, or to the text after the picture.
  const target = node.type === schema.nodes.table ? at + 1 : after + 1;
  tr.setSelection(TextSelection.near(tr.doc.resolve(Math.min(target, tr.doc.content.size))));
  return tr;
}

export const tableCommands = {
  rowAbove: addRowBefore,
  rowBelow: addRowAfter,
  columnLeft: addColumnBefore,
  columnRight: addColumnAfter,
  deleteRow,
  deleteColumn,
  deleteTable,
} satisfies Record<string, Command>;

export { isInTable };

/** Tab and Shift+Tab move between cells in a table; elsewhere Tab leaves the text as usual. */
export const tableKeys: Record<string, Command> = {
  Tab: goToNextCell(1),
  'Shift-Tab': goToNextCell(-1),
};

/**
 * Keeps the first row of every table in header cells and the others in body cells, whatever a
 * row command or a paste did, so the editor shows what the document will show.
 */
const headerRowFirst = new Plugin({
  appendTransaction(transactions, _old, state) {
    if (!transactions.some((t) => t.docChanged)) return null;
    const tr = state.tr;
    state.doc.descendants((node, pos) => {
      if (node.type !== schema.nodes.table) return node.isBlock && node.type.name !== 'doc';
      node.forEach((row, rowOffset, r) => {
        row.forEach((cell, cellOffset) => {
          const wanted = r === 0 ? schema.nodes.table_header! : schema.nodes.table_cell!;
          if (cell.type !== wanted)
            tr.setNodeMarkup(pos + 1 + rowOffset + 1 + cellOffset, wanted, cell.attrs);
        });
      });
      return false;
    });
    return tr.docChanged ? tr : null;
  },
});

export const tablePlugins = [tableEditing(), headerRowFirst];
