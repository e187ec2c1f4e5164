import { useId, useRef, useState, type FormEvent, type KeyboardEvent, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import type * as Y from 'yjs';
import { deleteIdea, editIdea, ideaTextProblem } from '#shared/workshop-sync/board-actions';
import type { BoardFocusArea } from '#shared/workshop-sync/board-doc';
import { AreaSelect, areaName } from './AreaSelect';
import type { IdeaDecisions } from './idea-outcome';
import { IdeaOutcomeTags } from './IdeaOutcomeTags';

export interface OwnIdeaView extends IdeaDecisions {
  id: string;
  text: string;
  focusAreaId: string | null;
  createdAt: string;
}

type Mode = 'show' | 'edit' | 'confirm-delete';

/** One of the participant's ideas, with «Endre» and «Slett» (asked once more). */
export function OwnIdea({
  doc,
  idea,
  areas,
  onDeleted,
}: {
  doc: Y.Doc;
  idea: OwnIdeaView;
  areas: BoardFocusArea[];
  onDeleted: () => void;
}) {
  const [mode, setMode] = useState<Mode>('show');
  const [text, setText] = useState(idea.text);
  const [area, setArea] = useState(idea.focusAreaId ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const id = useId();
  // Made a measure in the plan, or merged into another card: its text is the plan's or that
  // card's now, so editing or deleting it here would change nothing anyone sees.
  const locked = idea.measureId !== null || idea.mergedInto !== null;

  // Back to the idea, focus on the button that opened the edit or the question.
  const backTo = (button: RefObject<HTMLButtonElement | null>) => {
    flushSync(() => setMode('show'));
    button.current?.focus();
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    const why = ideaTextProblem(text);
    if (why !== null) return setProblem(why);
    editIdea(doc, idea.id, text, areas.some((a) => a.id === area) ? area : null);
    setProblem(null);
    backTo(editButton);
  };

  const onEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      backTo(mode === 'edit' ? editButton : deleteButton);
    }
  };

  if (mode === 'edit') {
    return (
      <li className="pv-idea pv-idea-editing">
        <form className="pv-stack" onSubmit={save} onKeyDown={onEscape} noValidate>
          <div className="pv-field">
            <label htmlFor={`${id}-text`}>Endre ideen</label>
            <textarea
              id={`${id}-text`}
              value={text}
              rows={3}
              autoFocus
              onChange={(event) => setText(event.target.value)}
              aria-invalid={problem !== null}
              aria-describedby={problem !== null ? `${id}-problem` : undefined}
            />
            {problem !== null && (
              <p id={`${id}-problem`} className="pv-error" role="alert">
                {problem}
              </p>
            )}
          </div>
          <AreaSelect id={`${id}-area`} areas={areas} value={area} onChange={setArea} />
          <div className="pv-row">
            <button type="submit" className="pv-button pv-primary">
              Lagre
            </button>
            <button type="button" className="pv-button" onClick={() => backTo(editButton)}>
              Avbryt
            </button>
          </div>
        </form>
      </li>
    );
  }

  return (
    <li className="pv-idea">
      <p id={`${id}-what`} className="pv-idea-text">
        {idea.text}
      </p>
      <p className="pv-idea-meta">{areaName(areas, idea.focusAreaId)}</p>
      <IdeaOutcomeTags card={idea} />
      {mode === 'confirm-delete' ? (
        <div className="pv-confirm" role="group" aria-label="Slette ideen?" onKeyDown={onEscape}>
          <p>Slette ideen? Den forsvinner fra tavla.</p>
          <div className="pv-row">
            <button
              type="button"
              className="pv-button pv-danger"
              onClick={() => {
                deleteIdea(doc, idea.id);
                onDeleted();
              }}
            >
              Ja, slett
            </button>
            <button
              type="button"
              className="pv-button"
              autoFocus
              onClick={() => backTo(deleteButton)}
            >
              Nei, behold
            </button>
          </div>
        </div>
      ) : (
        !locked && (
          <div className="pv-row">
            <button
              type="button"
              ref={editButton}
              className="pv-button"
              aria-describedby={`${id}-what`}
              onClick={() => {
                setText(idea.text);
                setArea(idea.focusAreaId ?? '');
                setProblem(null);
                setMode('edit');
              }}
            >
              Endre
            </button>
            <button
              type="button"
              ref={deleteButton}
              className="pv-button"
              aria-describedby={`${id}-what`}
              onClick={() => setMode('confirm-delete')}
            >
              Slett
            </button>
          </div>
        )
      )}
    </li>
  );
}
