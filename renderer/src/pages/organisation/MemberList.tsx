import { useId, useState } from 'react';
import type { OrgBody } from '#shared/model/organisation';
import { moveMember, removeMember, updateMember } from '#shared/plan/organisation-operations';
import { usePlan } from '../../state/plan-context';
import { changeThenFocus, keepingFocus } from '../../components/focus';
import { moveKeyHandler } from '../../components/lists/MoveButtons';
import { bodyName, fieldId } from './body-ids';
import { NewMemberForm } from './NewMemberForm';

/** The body's members as a table: person (from the plan's people) and role in this body. */
export function MemberList({ body }: { body: OrgBody }) {
  const { plan, edit } = usePlan();
  const [adding, setAdding] = useState(false);
  const headingId = useId();
  const name = bodyName(body);
  const addButtonId = fieldId(body.id, 'add-member');

  return (
    <section className="org-members" aria-labelledby={headingId} data-field="members">
      <h3 id={headingId} className="subheading">
        Medlemmer
      </h3>
      {body.members.length === 0 ? (
        <p className="muted">{name} har ingen medlemmer ennå.</p>
      ) : (
        <table className="member-table">
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Rolle i leddet</th>
              <th scope="col">
                <span className="visually-hidden">Handlinger</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {body.members.map((member, index) => {
              const person = plan.people.find((p) => p.id === member.personId);
              const who = person ? person.name.trim() || 'uten navn' : `medlem ${index + 1}`;
              const move = (delta: -1 | 1) =>
                keepingFocus(() => edit((p) => moveMember(p, body.id, member.id, delta)));
              return (
                <tr key={member.id} onKeyDown={moveKeyHandler(move)}>
                  <th scope="row" className="member-table__person">
                    {person ? person.name.trim() || 'Uten navn' : 'Ukjent person'}
                    {person?.title.trim() && (
                      <span className="member-table__title">{person.title.trim()}</span>
                    )}
                  </th>
                  <td className="member-table__role">
                    <input
                      id={fieldId(member.id, 'role')}
                      className="input"
                      type="text"
                      autoComplete="off"
                      aria-label={`Rolle i leddet for ${who}`}
                      value={member.role}
                      onChange={(e) =>
                        edit(
                          (p) => updateMember(p, body.id, member.id, { role: e.target.value }),
                          `organisation.${member.id}.role`,
                        )
                      }
                    />
                  </td>
                  <td className="member-table__actions">
                    <button
                      type="button"
                      id={fieldId(member.id, 'up')}
                      className="org-icon-button"
                      aria-label={`Flytt opp: ${who}`}
                      title="Flytt opp (Alt + pil opp)"
                      aria-disabled={index === 0}
                      onClick={() => index > 0 && move(-1)}
                    >
                      <span aria-hidden="true">↑</span>
                    </button>
                    <button
                      type="button"
                      id={fieldId(member.id, 'down')}
                      className="org-icon-button"
                      aria-label={`Flytt ned: ${who}`}
                      title="Flytt ned (Alt + pil ned)"
                      aria-disabled={index === body.members.length - 1}
                      onClick={() => index < body.members.length - 1 && move(1)}
                    >
                      <span aria-hidden="true">↓</span>
                    </button>
                    <button
                      type="button"
                      className="org-icon-button org-icon-button--danger"
                      aria-label={`Fjern ${who} fra ${name}`}
                      title="Fjern fra leddet"
                      onClick={() => {
                        const next = body.members[index + 1] ?? body.members[index - 1];
                        changeThenFocus(
                          () => edit((p) => removeMember(p, body.id, member.id)),
                          next ? fieldId(next.id, 'role') : addButtonId,
                        );
                      }}
                    >
                      <span aria-hidden="true">×</span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {adding ? (
        <NewMemberForm
          body={body}
          onDone={() => {
            // Ready for the next member.
            changeThenFocus(() => setAdding(false), addButtonId);
          }}
        />
      ) : (
        <button
          type="button"
          id={addButtonId}
          className="button button--small"
          onClick={() => setAdding(true)}
        >
          <span aria-hidden="true">+ </span>Legg til medlem
        </button>
      )}
    </section>
  );
}
