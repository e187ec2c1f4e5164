import { partyName } from '#shared/model/party-name';
import type { Workshop } from '#shared/model/workshop';
import type { Plan } from '#shared/model/plan';
import { columnOf, workshopOutcome } from '#shared/plan/workshop-operations';
import { columnKey, columnLabel } from './column-labels';

interface WorkshopOutcomeListsProps {
  plan: Plan;
  workshop: Workshop;
  /** h2 on the stage, h4 on the Verksted page (under the workshop's h3). */
  level: 2 | 4;
  idPrefix: string;
}

/**
 * What came out of a workshop: the cards that became measures (with their codes now) and the
 * rest, kept as workshop notes with everything that was typed, voted and decided on them.
 */
export function WorkshopOutcomeLists({
  plan,
  workshop,
  level,
  idPrefix,
}: WorkshopOutcomeListsProps) {
  const { promoted, notes } = workshopOutcome(plan, workshop);
  const Heading = level === 2 ? 'h2' : 'h4';
  const groupName = (id: string) => plan.targetGroups.find((t) => t.id === id)?.name.trim() ?? '';
  return (
    <div className="ws-outcome">
      <section aria-labelledby={`${idPrefix}-measures`} className="ws-outcome__part">
        <Heading id={`${idPrefix}-measures`} className="ws-outcome__heading">
          Ble tiltak ({promoted.length})
        </Heading>
        {promoted.length === 0 ? (
          <p className="ws-outcome__empty">Ingen kort er gjort til tiltak ennå.</p>
        ) : (
          <ul className="ws-outcome__list">
            {promoted.map(({ card, measure }) => (
              <li key={card.id} className="ws-outcome__item">
                <span className="ws-outcome__code">{measure?.code || '–'}</span>
                <span className="ws-outcome__text">
                  {measure
                    ? measure.title || 'Tiltak uten tittel'
                    : `${card.text} (tiltaket er slettet)`}
                  <span className="ws-outcome__detail">
                    {measure && (partyName(plan, measure.owner, 'short') || 'Ingen ansvarlig ennå')}
                  </span>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby={`${idPrefix}-notes`} className="ws-outcome__part">
        <Heading id={`${idPrefix}-notes`} className="ws-outcome__heading">
          Verkstedsnotater ({notes.length})
        </Heading>
        {notes.length === 0 ? (
          <p className="ws-outcome__empty">
            {promoted.length === 0
              ? 'Verkstedet har ingen kort.'
              : 'Ingen notater: alle kortene ble tiltak.'}
          </p>
        ) : (
          <ul className="ws-outcome__list ws-outcome__list--notes">
            {notes.map((card) => {
              const column = columnOf(card);
              const details = [
                columnLabel(plan, column),
                card.votes === 1 ? '1 stemme' : `${card.votes} stemmer`,
                card.owner && `Ansvarlig: ${partyName(plan, card.owner, 'short')}`,
                ...card.targetGroupIds.map(groupName),
                card.accepted && 'Godtatt',
              ].filter(Boolean);
              return (
                <li key={card.id} className="ws-outcome__item" data-column={columnKey(column)}>
                  <span className="ws-outcome__text">
                    <span className="ws-outcome__note">{card.text}</span>
                    <span className="ws-outcome__detail">{details.join(' · ')}</span>
                    {card.mergedFrom.length > 0 && (
                      <span className="ws-outcome__detail">
                        Slått sammen med: {card.mergedFrom.map((t) => `«${t}»`).join(', ')}
                      </span>
                    )}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
