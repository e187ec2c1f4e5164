import { useState } from 'react';
import { indicatorChartSource } from '#shared/charts/follow-up-chart-source';
import type { IndicatorStanding } from '#shared/follow-up/indicator-figures';
import { formatDate } from '#shared/format/dates';
import { formatNumber, formatPercent } from '#shared/format/numbers';
import {
  addMeasurement,
  removeMeasurement,
  updateMeasurement,
} from '#shared/plan/indicator-operations';
import { FollowUpChart } from '../../charts/FollowUpChart';
import { changeThenFocus } from '../../components/focus';
import { useDeletionAnnouncer } from '../../components/notices/deletion-notice';
import { usePlan } from '../../state/plan-context';
import { MeasurementForm } from './MeasurementForm';

const withUnit = (value: number, unit: string) =>
  `${formatNumber(value)}${unit.trim() ? ` ${unit.trim()}` : ''}`;

/** One result goal's indicator: its facts, the measured values and a chart toward the target. */
export function IndicatorCard({ standing }: { standing: IndicatorStanding }) {
  const { edit } = usePlan();
  const announcer = useDeletionAnnouncer();
  const [editing, setEditing] = useState<string | null>(null);
  const { indicator, resultGoalId } = standing;
  const { baseline, target, unit, measurements } = indicator;
  const idBase = `indicator-${resultGoalId}`;
  const headingId = `${idBase}-heading`;
  const name = indicator.name.trim() || 'Indikator uten navn';

  return (
    <article className="indicator-card" data-entity-id={resultGoalId} aria-labelledby={headingId}>
      <h3 id={headingId}>
        {standing.label}: {standing.title.trim() || 'uten tittel'}
      </h3>
      <dl className="indicator-facts">
        <div>
          <dt>Indikator</dt>
          <dd>{name}</dd>
        </div>
        <div>
          <dt>Enhet</dt>
          <dd>{unit.trim() || 'ikke angitt'}</dd>
        </div>
        <div>
          <dt>Utgangspunkt</dt>
          <dd>
            {baseline ? `${withUnit(baseline.value, unit)} (${baseline.year})` : 'ikke angitt'}
          </dd>
        </div>
        <div>
          <dt>Mål</dt>
          <dd>{target ? `${withUnit(target.value, unit)} (${target.year})` : 'ikke angitt'}</dd>
        </div>
        <div>
          <dt>Står nå</dt>
          <dd>
            {standing.latest
              ? `${withUnit(standing.latest.value, unit)}${
                  standing.towardTarget === null
                    ? ''
                    : `, ${formatPercent(standing.towardTarget)} av veien`
                }`
              : 'ikke målt'}
          </dd>
        </div>
      </dl>

      <h4>Målte verdier</h4>
      {measurements.length === 0 ? (
        <p className="muted">Ingen målinger ennå.</p>
      ) : (
        <div className="table-wrap">
          <table className="table follow-up-table" data-testid="measurements">
            <caption className="visually-hidden">Målte verdier: {name}</caption>
            <thead>
              <tr>
                <th scope="col">Dato</th>
                <th scope="col" className="table__number">
                  Verdi
                </th>
                <th scope="col">Merknad</th>
                <th scope="col">
                  <span className="visually-hidden">Endre</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {measurements.map((m) =>
                editing === m.id ? (
                  <tr key={m.id}>
                    <td colSpan={4}>
                      <MeasurementForm
                        idBase={`${idBase}-edit-${m.id}`}
                        initial={m}
                        submitLabel="Lagre endringen"
                        onSubmit={(fields) =>
                          changeThenFocus(() => {
                            edit((p) => updateMeasurement(p, resultGoalId, m.id, fields));
                            setEditing(null);
                          }, `${idBase}-change-${m.id}`)
                        }
                        onCancel={() =>
                          changeThenFocus(() => setEditing(null), `${idBase}-change-${m.id}`)
                        }
                      />
                    </td>
                  </tr>
                ) : (
                  <tr key={m.id}>
                    <th scope="row">{formatDate(m.date)}</th>
                    <td className="table__number">{withUnit(m.value, unit)}</td>
                    <td>{m.note}</td>
                    <td>
                      <div className="button-row">
                        <button
                          type="button"
                          id={`${idBase}-change-${m.id}`}
                          className="button button--small"
                          aria-label={`Endre målingen ${formatDate(m.date)}`}
                          onClick={() =>
                            changeThenFocus(() => setEditing(m.id), `${idBase}-edit-${m.id}-date`)
                          }
                        >
                          Endre
                        </button>
                        <button
                          type="button"
                          className="button button--small button--danger-text"
                          aria-label={`Slett målingen ${formatDate(m.date)}`}
                          onClick={() => {
                            edit((p) => removeMeasurement(p, resultGoalId, m.id));
                            // After «Angre» the row is back; focus returns to it.
                            announcer.deleted(
                              `Målingen ${formatDate(m.date)} er slettet.`,
                              `${idBase}-change-${m.id}`,
                            );
                          }}
                        >
                          Slett
                        </button>
                      </div>
                    </td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </div>
      )}
      <h4 id={`${idBase}-new-heading`}>Legg til måling</h4>
      <MeasurementForm
        idBase={`${idBase}-new`}
        submitLabel="Legg til måling"
        onSubmit={(fields) => edit((p) => addMeasurement(p, resultGoalId, fields))}
      />
      <FollowUpChart
        source={indicatorChartSource(indicator)}
        caption={`${name}: målte verdier${target ? ' mot målet' : ''}${unit.trim() ? `, i ${unit.trim()}` : ''}.`}
        note={
          target
            ? 'Den blå linjen er målte verdier fra utgangspunktet; den oransje er målet. Tallene står i tabellen over.'
            : 'Tallene står i tabellen over.'
        }
      />
    </article>
  );
}
