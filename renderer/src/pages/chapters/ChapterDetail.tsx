import { useCallback } from 'react';
import { chapterKinds, type Chapter, type ChapterKind } from '#shared/model/chapters';
import type { RichText } from '#shared/model/rich-text';
import { chapterKindLabels } from '#shared/plan/chapter-kinds';
import { setChapterContent, updateChapter } from '#shared/plan/chapter-operations';
import { countWords } from '#shared/plan/rich-text-operations';
import { CHECK_FIELDS } from '#shared/checks/check-fields';
import { chapterTextState } from '#shared/plan/example-operations';
import { SelectField } from '../../components/SelectField';
import { DraftTextField } from '../../components/DraftTextField';
import { usePlanSession } from '../../state/plan-context';
import { textId, titleFieldId } from './chapter-ids';
import { RichTextEditor } from './editor/RichTextEditor';

interface ChapterDetailProps {
  chapter: Chapter;
  number: number;
  onDelete: () => void;
}

export function ChapterDetail({ chapter, number, onDelete }: ChapterDetailProps) {
  const session = usePlanSession();
  const { id } = chapter;
  const words = countWords(chapter.content);
  const { guidance } = chapterTextState(chapter.content);

  // Stable, so the editor (memo) does not re-render on every keystroke elsewhere on the page.
  const onTextChange = useCallback(
    (content: RichText, typing: string | null) =>
      typing === null
        ? session.edit((p) => setChapterContent(p, id, content))
        : session.edit(
            (p) => setChapterContent(p, id, content),
            `chapter.${id}.content.${typing}`,
            {
              untimed: true,
            },
          ),
    [session, id],
  );

  return (
    <section
      className="chapter-detail"
      aria-labelledby={`chapter-${id}-heading`}
      data-entity-id={id}
    >
      <div className="chapter-detail__head">
        <h2 id={`chapter-${id}-heading`} className="chapter-detail__heading">
          {number}. {chapter.title.trim() || 'Uten tittel'}
        </h2>
        <button
          type="button"
          className="button button--quiet button--small button--danger-text"
          onClick={onDelete}
        >
          Slett kapittelet
        </button>
      </div>
      <div className="chapter-detail__fields">
        <div data-field="title">
          <DraftTextField
            id={titleFieldId(id)}
            label="Tittel"
            value={chapter.title}
            onChange={(title) =>
              session.edit((p) => updateChapter(p, id, { title }), `chapter.${id}.title`)
            }
          />
        </div>
        <SelectField
          label="Type kapittel"
          value={chapter.kind}
          onChange={(kind) =>
            session.edit((p) => updateChapter(p, id, { kind: kind as ChapterKind }))
          }
        >
          {chapterKinds.map((k) => (
            <option key={k} value={k}>
              {chapterKindLabels[k]}
            </option>
          ))}
        </SelectField>
        <label className="check chapter-detail__new-page">
          <input
            type="checkbox"
            checked={chapter.newPage}
            onChange={(e) =>
              session.edit((p) => updateChapter(p, id, { newPage: e.target.checked }))
            }
          />
          <span>Start kapittelet på ny side i Word-dokumentet</span>
        </label>
      </div>
      <div className="field rich-field" data-field="content">
        <div
          id={`chapter-${id}-text-label`}
          className="field__label"
          onClick={() => document.getElementById(textId(id))?.focus()}
        >
          Tekst
        </div>
        <p id={`chapter-${id}-text-hint`} className="field__hint">
          Ctrl+B gir fet, Ctrl+I kursiv og Ctrl+K lenke. Skriv «- » først på en linje for punktliste
          og «1. » for nummerert liste. Ctrl+Z angrer.
          {guidance > 0 &&
            ' Veiledningen fra malen kommer ikke med i dokumentet: klikk på den og skriv, så erstattes den av teksten din. Delete fjerner den.'}
        </p>
        <RichTextEditor
          editorId={textId(id)}
          labelId={`chapter-${id}-text-label`}
          hintId={`chapter-${id}-text-hint`}
          dataField={CHECK_FIELDS.chapterText}
          content={chapter.content}
          onChange={onTextChange}
          onUndo={session.undo}
          onRedo={session.redo}
        />
        <p className="rich-field__count muted">
          {words === 1 ? '1 ord' : `${words.toLocaleString('nb-NO')} ord`}
        </p>
      </div>
    </section>
  );
}
