import type { OrgBody } from '#shared/model/organisation';
import type { ChildrenOnRemove } from '#shared/plan/organisation-operations';
import { Modal } from '../../components/Modal';
import { bodyName } from './body-ids';

interface DeleteBodyDialogProps {
  body: OrgBody;
  parent: OrgBody | null;
  children: OrgBody[];
  /** How many bodies lie below in all (children, grandchildren …). */
  belowCount: number;
  onAnswer: (answer: ChildrenOnRemove | null) => void;
}

/** Deleting a body with bodies under it: move them up a level, or delete them too. */
export function DeleteBodyDialog({
  body,
  parent,
  children,
  belowCount,
  onAnswer,
}: DeleteBodyDialogProps) {
  const name = bodyName(body);
  const names = children.map((c) => `«${bodyName(c)}»`);
  const list =
    names.length === 1
      ? names[0]
      : `${names.slice(0, -1).join(', ')} og ${names[names.length - 1]}`;
  return (
    <Modal
      title={`Slette «${name}»?`}
      onDismiss={() => onAnswer(null)}
      description={
        <p>
          {list} ligger under «{name}». Hva skal skje med {children.length === 1 ? 'det' : 'dem'}?
        </p>
      }
    >
      <div className="modal__footer modal__footer--stacked">
        <button
          type="button"
          className="button button--primary"
          onClick={() => onAnswer('move-up')}
        >
          {parent
            ? `Flytt ${children.length === 1 ? 'det' : 'dem'} opp under «${bodyName(parent)}»`
            : `Flytt ${children.length === 1 ? 'det' : 'dem'} opp til øverste nivå`}
        </button>
        <button type="button" className="button button--danger" onClick={() => onAnswer('delete')}>
          {belowCount === 1 ? 'Slett det også' : `Slett alle ${belowCount} leddene under også`}
        </button>
        <button type="button" className="button button--quiet" onClick={() => onAnswer(null)}>
          Avbryt
        </button>
      </div>
    </Modal>
  );
}
