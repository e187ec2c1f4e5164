import { EditorState, NodeSelection, TextSelection } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import type { RichText } from '#shared/model/rich-text';
import { typingGroup } from '../../../../../../renderer/src/pages/chapters/editor/editor-commands';
import { replaceSelectedGuidance } from '../../../../../../renderer/src/pages/chapters/editor/guidance-gives-way';
import {
  blocksToDoc,
  docToBlocks,
} from '../../../../../../renderer/src/pages/chapters/editor/rich-text-conversion';

const prompt = 'Beskriv bydelen med tall og kilder.';
const text: RichText = [
  { type: 'heading', level: 2, content: [{ text: 'Befolkning' }] },
  { type: 'guidance', content: [{ text: prompt }] },
  { type: 'paragraph', content: [{ text: 'Eget avsnitt.' }] },
];

describe('guidance in the editor', () => {
  it('comes back from the editor document as the same guidance block', () => {
    expect(docToBlocks(blocksToDoc(text))).toEqual(text);
  });

  it('is an atom the user cannot type into', () => {
    const guidance = blocksToDoc(text).child(1);
    expect(guidance.type.name).toBe('guidance');
    expect(guidance.isAtom).toBe(true);
    expect(guidance.attrs.text).toBe(prompt);
  });

  it('gives way to what the user types while it is selected', () => {
    const doc = blocksToDoc(text);
    const at = doc.child(0).nodeSize;
    const state = EditorState.create({ doc, selection: NodeSelection.create(doc, at) });
    const tr = replaceSelectedGuidance(state, 'B')!;
    expect(docToBlocks(tr.doc)).toEqual([
      text[0],
      { type: 'paragraph', content: [{ text: 'B' }] },
      text[2],
    ]);
    // The cursor stands after the typed letter, so typing goes on in the new paragraph.
    expect(tr.selection.from).toBe(at + 2);
  });

  it('is one typing group with the letters typed after it, so one undo brings it back', () => {
    const doc = blocksToDoc(text);
    const at = doc.child(0).nodeSize;
    const state = EditorState.create({ doc, selection: NodeSelection.create(doc, at) });
    const replaced = replaceSelectedGuidance(state, 'B')!;
    const afterReplace = state.apply(replaced);
    const typed = afterReplace.tr.insertText('y');
    const afterTyping = afterReplace.apply(typed);
    const group = typingGroup(replaced, afterReplace, 3);
    expect(group).not.toBeNull();
    expect(typingGroup(typed, afterTyping, 3)).toBe(group);
    // After the caret was moved (the editor counts a new run), typing is a step of its own.
    expect(typingGroup(typed, afterTyping, 4)).not.toBe(group);
  });

  it('leaves the text alone when no guidance is selected', () => {
    const doc = blocksToDoc(text);
    const state = EditorState.create({ doc, selection: TextSelection.create(doc, 2) });
    expect(replaceSelectedGuidance(state, 'B')).toBeNull();
  });
});
