import { keymap } from 'prosemirror-keymap';
import type { Node as EditorNode } from 'prosemirror-model';
import {
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

export const guidanceGivesWay = [
  new Plugin({
    props: {
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
