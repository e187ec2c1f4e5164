import { overdueMeasures } from '#shared/follow-up/status-figures';
import { formatPartialDate } from '#shared/format/partial-date';
import { measureStatusLabels } from '#shared/model/measures';
import type { Plan } from '#shared/model/plan';
import { MeasureLink } from '../../components/links/entity-links';

/** Measures past their end date that are neither completed nor ended, as links to them. */
export function OverdueMeasures({ plan, today }: { plan: Plan; today: string }) {
  const overdue = overdueMeasures(plan, today);
  return (
    <section className="follow-up-section" aria-labelledby="overview-overdue">
      <h2 id="overview-overdue">Tiltak som har passert sluttdato</h2>
      {overdue.length === 0 ? (
        <p>Ingen tiltak har passert sluttdatoen uten å være gjennomført eller avviklet.</p>
      ) : (
        <>
          <p>
            {overdue.length === 1 ? 'Ett tiltak' : `${overdue.length} tiltak`} skulle vært ferdig,
            men er verken gjennomført eller avviklet. Sett ny status eller ny sluttdato.
          </p>
          <ul className="plain-list" data-testid="overdue-list">
            {overdue.map((m) => (
              <li key={m.id}>
                <MeasureLink measure={m} /> – sluttdato {formatPartialDate(m.endDate)}, status{' '}
                {m.status ? measureStatusLabels[m.status].toLowerCase() : 'ikke angitt'}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
