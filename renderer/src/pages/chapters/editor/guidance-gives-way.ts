import { keymap } from 'prosemirror-keymap';
import type { Node as EditorNode } from 'prosemirror-model';
import {
  AllSelection,
  NodeSelection,
  Plugin,
  TextSelection,
  type Command,
  type EditorState,
  type Transaction,
} from 'prosemirror-state';
import { richTextSchema as schema } from './rich-text-schema';

// A writing prompt gives way to the user's own text: typing or Enter while a guidance block is
// selected replaces it with a paragraph holding what was typed. The replacement is part of the
// typing that follows (same undo group), so one Ctrl+Z brings the guidance back.

function selectedGuidance(state: EditorState): { pos: number; node: EditorNode } | null {
  const { selection } = state;
  if (selection instanceof NodeSelection && selection.node.type === schema.nodes.guidance) {
    return { pos: selection.from, node: selection.node };
  }
  return null;
}

/** The transaction that puts a paragraph with `text` where the selected guidance was; null when no guidance is selected. */
export function replaceSelectedGuidance(state: EditorState, text: string): Transaction | null {
  const guidance = selectedGuidance(state);
  if (!guidance) return null;
  const paragraph = schema.nodes.paragraph!.create(null, text ? schema.text(text) : null);
  const tr = state.tr.replaceWith(guidance.pos, guidance.pos + guidance.node.nodeSize, paragraph);
  tr.setSelection(TextSelection.create(tr.doc, guidance.pos + 1 + text.length));
  return tr.scrollIntoView();
}

/** Enter on selected guidance: an empty paragraph in its place, ready for typing. */
const enterAtGuidance: Command = (state, dispatch) => {
  const tr = replaceSelectedGuidance(state, '');
  if (!tr) return false;
  dispatch?.(tr);
  return true;
};

/** The selection on the first guidance block, or null when the text holds none. */
export function selectFirstGuidance(state: EditorState): Transaction | null {
  let at: number | null = null;
  state.doc.descendants((node, pos) => {
    if (at !== null) return false;
    if (node.type === schema.nodes.guidance) at = pos;
    return at === null;
  });
  return at === null ? null : state.tr.setSelection(NodeSelection.create(state.doc, at));
}

// Editors pressed by a pointer and not yet focused: a click keeps the caret where it lands.
const pressed = new WeakSet<object>();

export const guidanceGivesWay = [
  new Plugin({
    props: {
      handleDOMEvents: {
        pointerdown(view) {
          if (!view.hasFocus()) pressed.add(view);
          return false;
        },
        // Arriving by keyboard or from a Kvalitetssjekk link with the caret at the start: the
        // first prompt is selected, so what is typed at once replaces it (in the same event as
        // the focus, never later, so no keystroke can land elsewhere).
        focus(view) {
          const byPointer = pressed.delete(view);
          if (byPointer || view.state.selection.from > 1) return false;
          const tr = selectFirstGuidance(view.state);
          if (!tr) return false;
          // The browser has put its caret in the first editable text (after the prompt), and the
          // editor would read it back. Selecting everything first makes the editor write its
          // selection to the page twice, so the page ends holding the prompt's selection.
          view.dispatch(view.state.tr.setSelection(new AllSelection(view.state.doc)));
          view.dispatch(selectFirstGuidance(view.state)!.scrollIntoView());
          return false;
        },
      },
      handleTextInput(view, _from, _to, text) {
        const tr = replaceSelectedGuidance(view.state, text);
        if (!tr) return false;
        view.dispatch(tr);
        return true;
      },
    },
  }),
  keymap({ Enter: enterAtGuidance }),
];
