import 'prosemirror-view/style/prosemirror.css';
import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { NodeSelection, type Command } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import type { RichText } from '#shared/model/rich-text';
import { richTextEqual } from '#shared/plan/rich-text-operations';
import {
  asOwnStep,
  formatStateOf,
  FROM_PLAN,
  typingGroup,
  linkAt,
  removeLink,
  sameFormat,
  setLink,
  type FormatState,
} from './editor-commands';
import { createEditorState, showPlanText } from './editor-setup';
import { EditorToolbar, type EditorDialog } from './EditorToolbar';
import { ImageDialog } from './ImageDialog';
import { LinkDialog, type LinkRequest } from './LinkDialog';
import { insertImage, insertTable, updateSelectedImage } from './table-commands';
import { TableDialog } from './TableDialog';
import { blocksToDoc, docToBlocks } from './rich-text-conversion';
import { cleanWordHtml, isWordHtml } from './word-paste';

interface RichTextEditorProps {
  /** The id of the editable text, for labels and for moving focus to it. */
  editorId: string;
  labelId: string;
  hintId: string;
  /** The editable text's data-field, so a link from Kvalitetssjekk focuses it. */
  dataField?: string;
  content: RichText;
  /**
   * `typing` names the run of typing in one block: changes with the same name merge into one undo
   * step however slowly they come (the name changes when the caret is moved). null for changes
   * that are steps of their own (formatting, links, paste).
   */
  onChange: (content: RichText, typing: string | null) => void;
  onUndo: () => void;
  onRedo: () => void;
}

const noFormat: FormatState = {
  block: 'paragraph',
  bold: false,
  italic: false,
  link: null,
  table: false,
  image: null,
};

/**
 * Text with headings, lists, bold, italic and links, edited in ProseMirror and stored as the
 * plan's blocks. The plan is the source of truth: every change goes to the plan, and text that
 * comes back from the plan (undo, redo) is shown in the editor.
 */
export const RichTextEditor = memo(function RichTextEditor({
  editorId,
  labelId,
  hintId,
  dataField,
  content,
  onChange,
  onUndo,
  onRedo,
}: RichTextEditorProps) {
  const mount = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  /** The text the editor last sent to the plan (or last received from it). */
  const known = useRef<RichText>(content);
  const latest = useRef({ onChange, onUndo, onRedo });
  const typingRun = useRef(0);
  const [format, setFormat] = useState<FormatState>(noFormat);
  const [linkRequest, setLinkRequest] = useState<LinkRequest | null>(null);
  const [insertDialog, setInsertDialog] = useState<'table' | 'image' | null>(null);

  useEffect(() => {
    latest.current = { onChange, onUndo, onRedo };
  });

  const openLinkDialog = useCallback(() => {
    const current = view.current;
    if (!current) return;
    // The editor's state has the selection: ProseMirror reads the browser's selection before it
    // runs a key (Ctrl+K), and a toolbar click comes long after the selection was made.
    const { state } = current;
    const link = linkAt(state);
    const { from, to, empty } = state.selection;
    // Shown and focused within this event, so an address typed at once lands in the dialog.
    flushSync(() =>
      setLinkRequest({
        href: link?.href ?? '',
        selectedText: link
          ? state.doc.textBetween(link.from, link.to, ' ')
          : empty
            ? null
            : state.doc.textBetween(from, to, ' '),
      }),
    );
  }, []);

  useLayoutEffect(() => {
    const editor = new EditorView(
      { mount: mount.current! },
      {
        state: createEditorState(blocksToDoc(known.current), () => openLinkDialog()),
        attributes: {
          id: editorId,
          class: 'rich-editor__text',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-labelledby': labelId,
          'aria-describedby': hintId,
          spellcheck: 'true',
          lang: 'nb',
          ...(dataField ? { 'data-field': dataField } : {}),
        },
        transformPastedHTML: (html) => (isWordHtml(html) ? cleanWordHtml(html) : html),
        // A double click on a picture opens «Endre bildet» for it.
        handleDoubleClickOn(editorView, _pos, node, nodePos) {
          if (node.type.name !== 'image') return false;
          editorView.dispatch(
            editorView.state.tr.setSelection(NodeSelection.create(editorView.state.doc, nodePos)),
          );
          setInsertDialog('image');
          return true;
        },
        handleDOMEvents: {
          // The browser's own undo (e.g. from a context menu) would bypass the plan's history.
          beforeinput: (_view, event) => {
            if (event.inputType === 'historyUndo' || event.inputType === 'historyRedo') {
              event.preventDefault();
              if (event.inputType === 'historyUndo') latest.current.onUndo();
              else latest.current.onRedo();
              return true;
            }
            return false;
          },
        },
        dispatchTransaction(tr) {
          const before = editor.state;
          const next = before.apply(tr);
          editor.updateState(next);
          // The user moved the caret: what is typed next is a new undo step, as in Word.
          if (!tr.docChanged && next.selection.head !== before.selection.head) typingRun.current++;
          const nextFormat = formatStateOf(next);
          setFormat((previous) => (sameFormat(previous, nextFormat) ? previous : nextFormat));
          if (tr.docChanged && !tr.getMeta(FROM_PLAN)) {
            const blocks = docToBlocks(next.doc);
            if (richTextEqual(blocks, known.current)) return;
            known.current = blocks;
            latest.current.onChange(blocks, typingGroup(tr, next, typingRun.current));
          }
        },
      },
    );
    view.current = editor;
    setFormat(formatStateOf(editor.state));
    return () => {
      editor.destroy();
      view.current = null;
    };
  }, [editorId, labelId, hintId, dataField, openLinkDialog]);

  // Text from the plan that the editor did not write: undo, redo, or a reload from disk.
  useEffect(() => {
    const editor = view.current;
    if (!editor || content === known.current) return;
    known.current = content;
    if (!richTextEqual(content, docToBlocks(editor.state.doc))) {
      showPlanText(editor, blocksToDoc(content));
    }
  }, [content]);

  const run = (command: Command) => {
    const editor = view.current;
    if (!editor) return;
    asOwnStep(command)(editor.state, editor.dispatch, editor);
    editor.focus();
  };

  const openDialog = (dialog: EditorDialog) => {
    if (dialog === 'link') openLinkDialog();
    else setInsertDialog(dialog);
  };

  const closeInsertDialog = (command?: Command) => {
    flushSync(() => setInsertDialog(null));
    const editor = view.current;
    if (!editor) return;
    if (command) command(editor.state, editor.dispatch, editor);
    editor.focus();
  };

  const closeLinkDialog = (command?: Command) => {
    // The dialog is gone (and has given focus back) before the editor takes focus again, all in
    // this event, so the cursor shows where the link is and the next keys land in the text.
    flushSync(() => setLinkRequest(null));
    const editor = view.current;
    if (!editor) return;
    if (command) command(editor.state, editor.dispatch, editor);
    editor.focus();
  };

  return (
    <div className="rich-editor">
      <EditorToolbar format={format} controls={editorId} onCommand={run} onDialog={openDialog} />
      <div ref={mount} />
      {format.link && (
        <p className="rich-editor__link-info">
          Lenke til{' '}
          <span className="rich-editor__link-address">{format.link.replace(/^mailto:/i, '')}</span>
        </p>
      )}
      {linkRequest && (
        <LinkDialog
          request={linkRequest}
          onSave={(href, text) => closeLinkDialog(setLink(href, text))}
          onRemove={() => closeLinkDialog(removeLink)}
          onCancel={() => closeLinkDialog()}
        />
      )}
      {insertDialog === 'table' && (
        <TableDialog
          onInsert={(rows, columns, caption) =>
            closeInsertDialog(insertTable(rows, columns, caption))
          }
          onCancel={() => closeInsertDialog()}
        />
      )}
      {insertDialog === 'image' && (
        <ImageDialog
          current={format.image}
          onInsert={(image) => closeInsertDialog(insertImage(image))}
          onUpdate={(change) => closeInsertDialog(updateSelectedImage(change))}
          onCancel={() => closeInsertDialog()}
        />
      )}
    </div>
  );
});
