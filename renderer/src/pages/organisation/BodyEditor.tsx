import { bodyTypeLabels, bodyTypes, type BodyType, type OrgBody } from '#shared/model/organisation';
import {
  bodiesInTreeOrder,
  canReportTo,
  childrenOf,
  moveBody,
  setAdvises,
  setBodyParent,
  updateBody,
} from '#shared/plan/organisation-operations';
import { Field } from '../../components/Field';
import { usePlan } from '../../state/plan-context';
import { keepingFocus } from '../../components/focus';
import { ItemActions } from '../../components/lists/ItemActions';
import { moveKeyHandler } from '../../components/lists/MoveButtons';
import { bodyName, fieldId } from './body-ids';
import { MemberList } from './MemberList';
import { ResponsibilityList } from './ResponsibilityList';

interface BodyEditorProps {
  body: OrgBody;
  onAddChild: () => void;
  onDelete: () => void;
}

const TOP = '';
/** Indentation in option text, so the choices read like the tree. */
const indent = (depth: number) => '\u00a0\u00a0\u00a0'.repeat(depth);

/** Everything about the selected body: name, type, reporting line, advice, members, duties. */
export function BodyEditor({ body, onAddChild, onDelete }: BodyEditorProps) {
  const { plan, edit } = usePlan();
  const name = bodyName(body);
  const key = (field: string) => `organisation.${body.id}.${field}`;
  const siblings = childrenOf(plan, body.parentId);
  const index = siblings.findIndex((b) => b.id === body.id);
  const move = (delta: -1 | 1) => keepingFocus(() => edit((p) => moveBody(p, body.id, delta)));
  const tree = bodiesInTreeOrder(plan);
  const parents = tree.filter(({ body: b }) => canReportTo(plan, body.id, b.id));
  const others = tree.filter(({ body: b }) => b.id !== body.id);
  const hasBelow = childrenOf(plan, body.id).length > 0;

  return (
    <section
      className="org-editor"
      aria-labelledby="org-editor-heading"
      onKeyDown={moveKeyHandler(move)}
    >
      <div className="org-editor__head">
        <h2 id="org-editor-heading" className="org-editor__heading">
          {name}
        </h2>
        <ItemActions
          className="org-editor__actions"
          idBase={fieldId(body.id, 'move')}
          what={name}
          index={index}
          count={siblings.length}
          onMove={move}
          onDelete={onDelete}
        />
      </div>

      {/* A link to the body lands here, in the name field (not on "Flytt opp"). */}
      <div data-entity-id={body.id}>
        <div className="org-editor__fields">
          <Field label="Navn" id={fieldId(body.id, 'name')}>
            {(control) => (
              <input
                {...control}
                data-field="name"
                className="input"
                type="text"
                autoComplete="off"
                value={body.name}
                onChange={(e) =>
                  edit((p) => updateBody(p, body.id, { name: e.target.value }), key('name'))
                }
              />
            )}
          </Field>
          <Field label="Type" id={fieldId(body.id, 'type')}>
            {(control) => (
              <select
                {...control}
                data-field="type"
                className="input input--select"
                value={body.type}
                onChange={(e) =>
                  edit((p) => updateBody(p, body.id, { type: e.target.value as BodyType }))
                }
              >
                {bodyTypes.map((type) => (
                  <option key={type} value={type}>
                    {bodyTypeLabels[type]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>

        <Field
          label="Beskrivelse"
          hint="Hva leddet er, i en setning eller to."
          id={fieldId(body.id, 'description')}
        >
          {(control) => (
            <textarea
              {...control}
              data-field="description"
              className="input input--multiline"
              rows={2}
              value={body.description}
              onChange={(e) =>
                edit(
                  (p) => updateBody(p, body.id, { description: e.target.value }),
                  key('description'),
                )
              }
            />
          )}
        </Field>

        <Field
          label="Rapporterer til"
          hint={
            hasBelow
              ? 'Leddene som ligger under dette, kan ikke velges: da ville linjene gått i ring.'
              : 'Leddet over dette i organisasjonen.'
          }
          id={fieldId(body.id, 'parent')}
        >
          {(control) => (
            <select
              {...control}
              data-field="parentId"
              className="input input--select"
              value={body.parentId ?? TOP}
              onChange={(e) => {
                const parentId = e.target.value === TOP ? null : e.target.value;
                edit((p) => setBodyParent(p, body.id, parentId));
              }}
            >
              <option value={TOP}>Ingen – øverst i organisasjonen</option>
              {parents.map(({ body: b, depth }) => (
                <option key={b.id} value={b.id}>
                  {indent(depth)}
                  {bodyName(b)}
                </option>
              ))}
            </select>
          )}
        </Field>

        <fieldset className="fieldset" data-field="advisesIds">
          <legend className="field__label">Gir råd til</legend>
          <p className="field__hint">Rådgivende linjer tegnes stiplet i kartet.</p>
          {others.length === 0 ? (
            <p className="muted">Det er ingen andre ledd å gi råd til ennå.</p>
          ) : (
            <ul className="org-advises">
              {others.map(({ body: b, depth }) => (
                <li key={b.id} style={{ paddingLeft: `${depth * 1.25}rem` }}>
                  <label className="org-check">
                    <input
                      type="checkbox"
                      checked={body.advisesIds.includes(b.id)}
                      onChange={(e) =>
                        edit((p) =>
                          setAdvises(
                            p,
                            body.id,
                            e.target.checked
                              ? [...body.advisesIds, b.id]
                              : body.advisesIds.filter((id) => id !== b.id),
                          ),
                        )
                      }
                    />
                    {bodyName(b)}
                  </label>
                </li>
              ))}
            </ul>
          )}
        </fieldset>

        <MemberList body={body} />
        <ResponsibilityList body={body} />
      </div>
      <div className="button-row org-editor__footer">
        <button type="button" className="button button--small" onClick={onAddChild}>
          <span aria-hidden="true">+ </span>Legg til ledd under {name}
        </button>
      </div>
    </section>
  );
}
