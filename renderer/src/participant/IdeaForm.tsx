import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type * as Y from 'yjs';
import { addIdea, newIdeaProblem } from '#shared/workshop-sync/board-actions';
import type { BoardFocusArea } from '#shared/workshop-sync/board-doc';
import { BOARD_LIMITS } from '#shared/workshop-sync/board-sync';
import { AreaSelect } from './AreaSelect';

/**
 * Writing a new idea. The text is this form's own state, so a board change arriving while the
 * participant types never touches it.
 */
export function IdeaForm({
  doc,
  participantId,
  areas,
  focusFirst,
}: {
  doc: Y.Doc;
  participantId: string;
  areas: BoardFocusArea[];
  /** Take focus when shown (right after joining). */
  focusFirst: boolean;
}) {
  const [text, setText] = useState('');
  const [area, setArea] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [added, setAdded] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const length = text.trim().length;
  const tooLong = length > BOARD_LIMITS.ideaLength;

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    const why = newIdeaProblem(doc, participantId, text);
    const areaId = areas.some((a) => a.id === area) ? area : null;
    if (why === null && addIdea(doc, participantId, text, areaId) !== null) {
      setText('');
      setProblem(null);
      setAdded(`Ideen er lagt til: ${text.trim()}`);
    } else {
      setProblem(why ?? 'Ideen kunne ikke legges til.');
      setAdded('');
    }
    // Straight back to writing, in the same event (the button took focus).
    field.current?.focus();
  };

  // Enter adds, as in a chat; Shift+Enter starts a new line.
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  };

  return (
    <section className="pv-card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Ny idé</h2>
      <form className="pv-stack" onSubmit={submit} noValidate>
        <div className="pv-field">
          <label htmlFor={`${id}-text`}>Din idé</label>
          <textarea
            id={`${id}-text`}
            ref={field}
            value={text}
            rows={3}
            enterKeyHint="send"
            autoFocus={focusFirst}
            onChange={(event) => {
              setText(event.target.value);
              if (problem !== null) setProblem(null);
            }}
            onKeyDown={onKeyDown}
            aria-invalid={problem !== null || tooLong}
            aria-describedby={`${id}-count${problem !== null ? ` ${id}-problem` : ''}`}
          />
          <p id={`${id}-count`} className={tooLong ? 'pv-count pv-count-over' : 'pv-count'}>
            {length} av {BOARD_LIMITS.ideaLength} tegn
          </p>
          {problem !== null && (
            <p id={`${id}-problem`} className="pv-error" role="alert">
              {problem}
            </p>
          )}
        </div>
        <AreaSelect id={`${id}-area`} areas={areas} value={area} onChange={setArea} />
        <button type="submit" className="pv-button pv-primary">
          Legg til
        </button>
        <p className="pv-visually-hidden" aria-live="polite">
          {added}
        </p>
      </form>
    </section>
  );
}
