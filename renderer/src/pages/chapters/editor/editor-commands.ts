import { setBlockType, toggleMark } from 'prosemirror-commands';
import type { MarkType, Node as EditorNode, ResolvedPos } from 'prosemirror-model';
import { liftListItem, wrapInList } from 'prosemirror-schema-list';
import {
  NodeSelection,
  Selection,
  TextSelection,
  type Command,
  type EditorState,
  type Transaction,
} from 'prosemirror-state';
import type { Step } from 'prosemirror-transform';
import { richTextSchema as schema } from './rich-text-schema';

// The editor's commands, as plain ProseMirror commands: the toolbar and the shortcuts share them.

/** Marks a transaction as its own undo step in the plan (formatting, links), not typing. */
export const OWN_STEP = 'planverksted-own-step';
/** Marks a transaction that brings the plan's text into the editor (undo, redo). */
export const FROM_PLAN = 'planverksted-from-plan';

const nodes = schema.nodes as Record<
  'paragraph' | 'heading' | 'bullet_list' | 'ordered_list' | 'list_item',
  import('prosemirror-model').NodeType
>;
const marks = schema.marks as Record<'strong' | 'em' | 'link', MarkType>;

export function asOwnStep(command: Command): Command {
  return (state, dispatch, view) =>
    command(state, dispatch && ((tr) => dispatch(tr.setMeta(OWN_STEP, true))), view);
}

/**
 * How a change is grouped in the plan's undo history. Typing (with Enter and Backspace) in one
 * paragraph, heading or list item is one step, named after that block and the run of typing
 * (`run` counts the caret moves); a new block or a moved caret starts a new step, so Ctrl+Z takes
 * back one paragraph or item at a time. Grouping never depends on how fast keys arrive. Paste,
 * cut, drop, formatting and links are steps of their own (null).
 */
export function typingGroup(tr: Transaction, after: EditorState, run = 0): string | null {
  if (tr.getMeta(OWN_STEP) || tr.getMeta('uiEvent') || tr.getMeta('paste')) return null;
  const { $head } = after.selection;
  return `${$head.index(0)}.${$head.depth > 1 ? $head.index(1) : 0}.${run}`;
}

/** Runs commands one after another as one transaction; commands that don't apply are skipped. */
function sequence(...commands: Command[]): Command {
  return (state, dispatch) => {
    let current = state;
    const steps: Step[] = [];
    let applied = false;
    for (const command of commands) {
      const ok = command(current, (tr) => {
        steps.push(...tr.steps);
        current = current.apply(tr);
      });
      applied ||= ok;
    }
    if (!applied) return false;
    if (dispatch) {
      const tr = state.tr;
      for (const step of steps) tr.step(step);
      tr.setSelection(Selection.fromJSON(tr.doc, current.selection.toJSON()));
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}

function listAround($pos: ResolvedPos): { node: EditorNode; pos: number } | null {
  for (let depth = $pos.depth; depth > 0; depth--) {
    const node = $pos.node(depth);
    if (node.type === nodes.bullet_list || node.type === nodes.ordered_list) {
      return { node, pos: $pos.before(depth) };
    }
  }
  return null;
}

const liftOutOfList: Command = (state, dispatch) =>
  listAround(state.selection.$from) ? liftListItem(nodes.list_item)(state, dispatch) : false;

export const setParagraph: Command = sequence(liftOutOfList, setBlockType(nodes.paragraph));

/** Overskrift 2 / 3; on a heading of that level it turns back into a paragraph. */
export function toggleHeading(level: 2 | 3): Command {
  return (state, dispatch) => {
    const parent = state.selection.$from.parent;
    if (parent.type === nodes.heading && parent.attrs.level === level) {
      return setBlockType(nodes.paragraph)(state, dispatch);
    }
    return sequence(liftOutOfList, setBlockType(nodes.heading, { level }))(state, dispatch);
  };
}

/** Punktliste / nummerert liste: on, off, or switch the kind of the list the cursor is in. */
export function toggleList(ordered: boolean): Command {
  const listType = ordered ? nodes.ordered_list : nodes.bullet_list;
  return (state, dispatch) => {
    const list = listAround(state.selection.$from);
    if (list && list.node.type === listType) return liftListItem(nodes.list_item)(state, dispatch);
    if (list) {
      dispatch?.(state.tr.setNodeMarkup(list.pos, listType).scrollIntoView());
      return true;
    }
    return sequence(setBlockType(nodes.paragraph), wrapInList(listType))(state, dispatch);
  };
}

export const toggleBold = toggleMark(marks.strong);
export const toggleItalic = toggleMark(marks.em);

/** The stretch of text around the cursor (or at the start of the selection) with one link. */
export function linkAt(state: EditorState): { from: number; to: number; href: string } | null {
  const { $from, empty } = state.selection;
  const at = $from.parentOffset;
  const spans: { from: number; to: number; href: string | null }[] = [];
  $from.parent.forEach((child, offset) => {
    const mark = child.marks.find((m) => m.type === marks.link);
    spans.push({
      from: offset,
      to: offset + child.nodeSize,
      href: mark ? (mark.attrs.href as string) : null,
    });
  });
  // A cursor right after a link counts as in it, as word processors show it.
  const index = spans.findIndex(
    (s) => s.href !== null && (empty ? s.from < at && at <= s.to : s.from <= at && at < s.to),
  );
  if (index < 0) return null;
  const href = spans[index]!.href!;
  let first = index;
  let last = index;
  while (first > 0 && spans[first - 1]!.href === href) first--;
  while (last < spans.length - 1 && spans[last + 1]!.href === href) last++;
  const start = $from.start();
  return { from: start + spans[first]!.from, to: start + spans[last]!.to, href };
}

/** Adds or changes a link. With nothing selected, `text` (or the address) is inserted. */
export function setLink(href: string, text: string): Command {
  return (state, dispatch) => {
    const link = marks.link.create({ href });
    const existing = linkAt(state);
    let { from, to } = state.selection;
    if (existing && from === to) ({ from, to } = existing);
    if (dispatch) {
      const tr = state.tr;
      if (from === to) {
        const label = text.trim() || href.replace(/^mailto:/i, '');
        const around = (state.storedMarks ?? state.selection.$from.marks()).filter(
          (m) => m.type !== marks.link,
        );
        tr.insert(from, schema.text(label, [link, ...around]));
        tr.setSelection(TextSelection.create(tr.doc, from + label.length));
      } else {
        tr.removeMark(from, to, marks.link).addMark(from, to, link);
      }
      dispatch(tr.setMeta(OWN_STEP, true).scrollIntoView());
    }
    return true;
  };
}

export const removeLink: Command = (state, dispatch) => {
  const existing = linkAt(state);
  const { from, to } = existing ?? state.selection;
  if (from === to || !state.doc.rangeHasMark(from, to, marks.link)) return false;
  dispatch?.(state.tr.removeMark(from, to, marks.link).setMeta(OWN_STEP, true));
  return true;
};

export type BlockKind = 'paragraph' | 'heading2' | 'heading3' | 'bullet' | 'ordered';

/** What the toolbar shows as pressed. */
export interface FormatState {
  block: BlockKind | null;
  bold: boolean;
  italic: boolean;
  link: string | null;
  /** The cursor is in a table: the toolbar shows the row and column buttons. */
  table: boolean;
  /** A picture is selected: its texts, which «Endre bildet» edits. */
  image: { alt: string; caption: string } | null;
}

function hasMark(state: EditorState, type: MarkType): boolean {
  const { from, to, empty, $from } = state.selection;
  if (empty) return !!type.isInSet(state.storedMarks ?? $from.marks());
  // Pressed only when all of the selected text has it, as in a word processor.
  let all = true;
  let any = false;
  state.doc.nodesBetween(from, to, (node) => {
    if (!node.isText) return;
    any = true;
    if (!type.isInSet(node.marks)) all = false;
  });
  return any && all;
}

export function formatStateOf(state: EditorState): FormatState {
  const { $from } = state.selection;
  const list = listAround($from);
  const parent = $from.parent;
  let block: BlockKind | null = null;
  if (list) block = list.node.type === nodes.ordered_list ? 'ordered' : 'bullet';
  else if (parent.type === nodes.heading)
    block = parent.attrs.level === 3 ? 'heading3' : 'heading2';
  else if (parent.type === nodes.paragraph) block = 'paragraph';
  return {
    block,
    bold: hasMark(state, marks.strong),
    italic: hasMark(state, marks.em),
    link: linkAt(state)?.href ?? null,
    table: inTable($from),
    image: selectedImage(state),
  };
}

function selectedImage(state: EditorState): FormatState['image'] {
  const { selection } = state;
  if (!(selection instanceof NodeSelection) || selection.node.type !== schema.nodes.image)
    return null;
  const { alt, caption } = selection.node.attrs as { alt: string; caption: string };
  return { alt, caption };
}

function inTable($pos: ResolvedPos): boolean {
  for (let depth = $pos.depth; depth > 0; depth--)
    if ($pos.node(depth).type.spec.tableRole === 'table') return true;
  return false;
}

export function sameFormat(a: FormatState, b: FormatState): boolean {
  return (
    a.block === b.block &&
    a.bold === b.bold &&
    a.italic === b.italic &&
    a.link === b.link &&
    a.table === b.table &&
    a.image?.alt === b.image?.alt &&
    a.image?.caption === b.image?.caption
  );
}
