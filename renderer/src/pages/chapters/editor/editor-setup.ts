import { baseKeymap } from 'prosemirror-commands';
import {
  inputRules,
  textblockTypeInputRule,
  undoInputRule,
  wrappingInputRule,
} from 'prosemirror-inputrules';
import { keymap } from 'prosemirror-keymap';
import type { Node as EditorNode } from 'prosemirror-model';
import { splitListItem } from 'prosemirror-schema-list';
import { EditorState, Selection, type Command } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import {
  asOwnStep,
  FROM_PLAN,
  setParagraph,
  toggleBold,
  toggleHeading,
  toggleItalic,
  toggleList,
} from './editor-commands';
import { guidanceGivesWay } from './guidance-gives-way';
import { richTextSchema as schema } from './rich-text-schema';
import { tableKeys, tablePlugins } from './table-commands';

/**
 * Shortcuts. There is deliberately no editor history: Ctrl+Z and Ctrl+Y fall through to the
 * plan's own undo (use-edit-shortcuts.ts), so undo means the same here as in every other field.
 * Tab is not taken either: it moves on to the next control, as everywhere else, except in a
 * table, where it moves to the next cell (tableKeys).
 */
function editorKeys(openLinkDialog: () => void) {
  const openLink: Command = () => {
    openLinkDialog();
    return true;
  };
  return keymap({
    'Mod-b': asOwnStep(toggleBold),
    'Mod-i': asOwnStep(toggleItalic),
    'Mod-k': openLink,
    'Mod-Alt-0': asOwnStep(setParagraph),
    'Mod-Alt-2': asOwnStep(toggleHeading(2)),
    'Mod-Alt-3': asOwnStep(toggleHeading(3)),
    'Mod-Shift-8': asOwnStep(toggleList(false)),
    'Mod-Shift-7': asOwnStep(toggleList(true)),
    Enter: splitListItem(schema.nodes.list_item!),
    // Chromium stops at the end of a long list instead of the end of the text.
    'Mod-Home': (state, dispatch) => {
      dispatch?.(state.tr.setSelection(Selection.atStart(state.doc)).scrollIntoView());
      return true;
    },
    'Mod-End': (state, dispatch) => {
      dispatch?.(state.tr.setSelection(Selection.atEnd(state.doc)).scrollIntoView());
      return true;
    },
    Backspace: undoInputRule,
  });
}

/** «- » or «* » starts a bullet list, «1. » a numbered list, «## » and «### » headings. */
const typingRules = inputRules({
  rules: [
    wrappingInputRule(/^\s*[-*•]\s$/, schema.nodes.bullet_list!),
    wrappingInputRule(/^\s*\d+[.)]\s$/, schema.nodes.ordered_list!),
    textblockTypeInputRule(/^(#{1,3})\s$/, schema.nodes.heading!, (match) => ({
      level: match[1]!.length === 3 ? 3 : 2,
    })),
  ],
});

export function createEditorState(doc: EditorNode, openLinkDialog: () => void): EditorState {
  return EditorState.create({
    doc,
    plugins: [
      ...guidanceGivesWay,
      typingRules,
      keymap(tableKeys),
      editorKeys(openLinkDialog),
      keymap(baseKeymap),
      ...tablePlugins,
    ],
  });
}

/**
 * Brings text from the plan (after undo or redo) into the editor by replacing only the part that
 * differs, so the cursor lands where the change was and the rest of the text stays put.
 */
export function showPlanText(view: EditorView, next: EditorNode): void {
  const { state } = view;
  const start = state.doc.content.findDiffStart(next.content);
  if (start === null) return;
  let { a: endA, b: endB } = state.doc.content.findDiffEnd(next.content)!;
  const overlap = start - Math.min(endA, endB);
  if (overlap > 0) {
    endA += overlap;
    endB += overlap;
  }
  let tr = state.tr.replace(start, endA, next.slice(start, endB));
  if (!tr.doc.eq(next)) tr = state.tr.replaceWith(0, state.doc.content.size, next.content);
  const cursor = Math.min(endB, tr.doc.content.size);
  tr.setSelection(Selection.near(tr.doc.resolve(cursor), -1));
  view.dispatch(tr.setMeta(FROM_PLAN, true).scrollIntoView());
}
