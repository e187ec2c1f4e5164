import { useState, type ReactNode } from 'react';
import { changeThenFocus } from '../../components/focus';

interface DirectoryCardProps {
  entityId: string;
  idBase: string;
  name: string;
  /** The edit form; `done` closes it and returns focus to the card's "Endre" button. */
  renderForm: (done: () => void) => ReactNode;
  onDelete: () => void;
  /** What the card shows about the person or partner below its name. */
  children: ReactNode;
}

/** One entry in the directory of people and partners: name, Endre/Slett, details, edit form. */
export function DirectoryCard({
  entityId,
  idBase,
  name,
  renderForm,
  onDelete,
  children,
}: DirectoryCardProps) {
  const [editing, setEditing] = useState(false);
  const done = () => {
    changeThenFocus(() => setEditing(false), `${idBase}-edit`);
  };

  if (editing) {
    return (
      <li className="directory-card directory-card--editing" data-entity-id={entityId}>
        {renderForm(done)}
      </li>
    );
  }

  return (
    <li className="directory-card" data-entity-id={entityId}>
      <article id={idBase} tabIndex={-1} aria-labelledby={`${idBase}-name`}>
        <div className="directory-card__head">
          <h3 id={`${idBase}-name`} className="directory-card__name">
            {name}
          </h3>
          <div className="directory-card__actions">
            <button
              id={`${idBase}-edit`}
              type="button"
              className="button button--quiet button--small"
              aria-label={`Endre ${name}`}
              onClick={() => setEditing(true)}
            >
              Endre
            </button>
            <button
              type="button"
              className="button button--quiet button--small button--danger-text"
              aria-label={`Slett ${name}`}
              onClick={onDelete}
            >
              Slett
            </button>
          </div>
        </div>
        {children}
      </article>
    </li>
  );
}
