import { useId, type KeyboardEvent } from 'react';
import type { OrgBody } from '#shared/model/organisation';
import {
  addResponsibility,
  moveResponsibility,
  removeResponsibility,
  updateResponsibility,
} from '#shared/plan/organisation-operations';
import { usePlan } from '../../state/plan-context';
import { changeThenFocus } from '../../components/focus';
import { bodyName, dutyId, fieldId } from './body-ids';

/**
 * Responsibilities as a bullet list that is edited like one: Enter starts a new point after the
 * current one, Backspace in an empty point removes it, Alt + arrows move a point.
 */
export function ResponsibilityList({ body }: { body: OrgBody }) {
  const { edit } = usePlan();
  const headingId = useId();
  const hintId = useId();
  const duties = body.responsibilities;
  const addId = fieldId(body.id, 'add-duty');

  const move = (index: number, delta: -1 | 1) => {
    if (index + delta < 0 || index + delta >= duties.length) return;
    changeThenFocus(
      () => edit((p) => moveResponsibility(p, body.id, index, delta)),
      dutyId(body.id, index + delta),
    );
  };
  const remove = (index: number, focusPrevious = false) => {
    const left = duties.length - 1;
    const next = focusPrevious ? index - 1 : Math.min(index, left - 1);
    changeThenFocus(
      () => edit((p) => removeResponsibility(p, body.id, index)),
      next >= 0 ? dutyId(body.id, next) : addId,
    );
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>, index: number) => {
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      event.stopPropagation();
      move(index, event.key === 'ArrowUp' ? -1 : 1);
    } else if (event.key === 'Enter' && !event.altKey && !event.ctrlKey && !event.metaKey) {
      // A point is one line; Enter starts the next point.
      event.preventDefault();
      changeThenFocus(
        () => edit((p) => addResponsibility(p, body.id, '', index + 1)),
        dutyId(body.id, index + 1),
      );
    } else if (event.key === 'Backspace' && event.currentTarget.value === '' && duties.length > 0) {
      event.preventDefault();
      remove(index, index > 0);
    }
  };

  return (
    <section className="org-duties" aria-labelledby={headingId} data-field="responsibilities">
      <h3 id={headingId} className="subheading">
        Ansvar og oppgaver
      </h3>
      <p className="field__hint" id={hintId}>
        Ett punkt per linje. Enter lager et nytt punkt, Alt + pil opp / pil ned flytter et punkt.
      </p>
      {duties.length === 0 ? (
        <p className="muted">Ingen punkter ennå.</p>
      ) : (
        <ul className="duty-list">
          {duties.map((duty, index) => {
            const what = `ansvar ${index + 1}`;
            return (
              // Points have no ids of their own; the position is what identifies them.
              <li key={index} className="duty-list__item">
                <span className="duty-list__bullet" aria-hidden="true">
                  •
                </span>
                <textarea
                  id={dutyId(body.id, index)}
                  className="input input--multiline duty-list__text"
                  rows={1}
                  aria-label={`Ansvar ${index + 1} for ${bodyName(body)}`}
                  aria-describedby={hintId}
                  aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
                  value={duty}
                  onChange={(e) =>
                    edit(
                      (p) =>
                        updateResponsibility(
                          p,
                          body.id,
                          index,
                          e.target.value.replace(/\s*\n\s*/g, ' '),
                        ),
                      `organisation.${body.id}.duty.${index}`,
                    )
                  }
                  onKeyDown={(e) => onKeyDown(e, index)}
                />
                <button
                  type="button"
                  className="org-icon-button"
                  aria-label={`Flytt opp: ${what}`}
                  title="Flytt opp (Alt + pil opp)"
                  aria-disabled={index === 0}
                  onClick={() => move(index, -1)}
                >
                  <span aria-hidden="true">↑</span>
                </button>
                <button
                  type="button"
                  className="org-icon-button"
                  aria-label={`Flytt ned: ${what}`}
                  title="Flytt ned (Alt + pil ned)"
                  aria-disabled={index === duties.length - 1}
                  onClick={() => move(index, 1)}
                >
                  <span aria-hidden="true">↓</span>
                </button>
                <button
                  type="button"
                  className="org-icon-button org-icon-button--danger"
                  aria-label={`Fjern ${what}`}
                  title="Fjern punktet"
                  onClick={() => remove(index)}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <button
        type="button"
        id={addId}
        className="button button--small"
        onClick={() => {
          changeThenFocus(
            () => edit((p) => addResponsibility(p, body.id)),
            dutyId(body.id, duties.length),
          );
        }}
      >
        <span aria-hidden="true">+ </span>Legg til ansvar
      </button>
    </section>
  );
}
