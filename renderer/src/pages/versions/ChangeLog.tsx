import { useMemo, useState } from 'react';
import { formatMoment, localIsoDate } from '#shared/format/local-date';
import { planPartLabels, planParts, type ChangeEntry } from '#shared/model/plan-history';
import { Field } from '../../components/Field';
import { DateField } from '../../components/DateField';
import {
  filterChangeLog,
  isFiltered,
  lastDays,
  LOG_PAGE_SIZE,
  noFilter,
  type ChangeLogFilter,
} from './change-log-filter';

interface ChangeLogProps {
  /** Oldest first, as the file keeps it. */
  log: readonly ChangeEntry[];
  /** When the newest adopted version was recorded, for «Siden vedtaket»; null if never. */
  adoptedAt: string | null;
}

/** Endringslogg: newest first, filtered by part, period and text; 200 at a time. */
export function ChangeLog({ log, adoptedAt }: ChangeLogProps) {
  const [filter, setFilter] = useState<ChangeLogFilter>(noFilter);
  const [shown, setShown] = useState(LOG_PAGE_SIZE);
  const matches = useMemo(() => filterChangeLog(log, filter), [log, filter]);
  const visible = matches.slice(0, shown);
  const change = (next: Partial<ChangeLogFilter>) => {
    setFilter((f) => ({ ...f, ...next }));
    setShown(LOG_PAGE_SIZE);
  };

  return (
    <>
      <div className="log-filters" role="group" aria-label="Filtrer endringsloggen">
        <Field label="Del av planen">
          {(control) => (
            <select
              {...control}
              className="input input--select"
              value={filter.part}
              onChange={(e) => change({ part: e.target.value as ChangeLogFilter['part'] })}
            >
              <option value="">Alle deler</option>
              {planParts.map((part) => (
                <option key={part} value={part}>
                  {planPartLabels[part]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <DateField
          label="Fra dato"
          outsidePlan
          value={filter.from || null}
          onChange={(from) => change({ from: from ?? '' })}
        />
        <DateField
          label="Til dato"
          outsidePlan
          value={filter.to || null}
          onChange={(to) => change({ to: to ?? '' })}
        />
        <Field label="Søk i teksten">
          {(control) => (
            <input
              {...control}
              className="input"
              type="search"
              value={filter.text}
              onChange={(e) => change({ text: e.target.value })}
            />
          )}
        </Field>
        <div className="log-filters__quick button-row">
          <button
            type="button"
            className="button button--small"
            onClick={() => change(lastDays(new Date(), 7))}
          >
            Siste 7 dager
          </button>
          {adoptedAt && (
            <button
              type="button"
              className="button button--small"
              onClick={() => change({ from: localIsoDate(new Date(adoptedAt)), to: '' })}
            >
              Siden vedtaket
            </button>
          )}
          {isFiltered(filter) && (
            <button
              type="button"
              className="button button--small button--quiet"
              onClick={() => change(noFilter)}
            >
              Vis alle
            </button>
          )}
        </div>
      </div>
      <p className="log-count" role="status">
        {countText(matches.length, log.length, isFiltered(filter))}
      </p>
      {visible.length > 0 && (
        <div className="table-wrap">
          <table className="table log-table">
            <caption className="visually-hidden">Endringer, nyeste først</caption>
            <thead>
              <tr>
                <th scope="col">Når</th>
                <th scope="col">Hvem</th>
                <th scope="col">Del</th>
                <th scope="col">Endring</th>
              </tr>
            </thead>
            <tbody>
              {visible.map((entry) => (
                <tr key={entry.id}>
                  <td className="log-table__when">{formatMoment(entry.at)}</td>
                  <td>{entry.who || <span className="muted">Ukjent</span>}</td>
                  <td>{planPartLabels[entry.part]}</td>
                  <td>{entry.text}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {matches.length > visible.length && (
        <button
          type="button"
          className="button log-more"
          onClick={() => setShown((n) => n + LOG_PAGE_SIZE)}
        >
          Vis flere ({Math.min(LOG_PAGE_SIZE, matches.length - visible.length)} til av{' '}
          {matches.length - visible.length})
        </button>
      )}
    </>
  );
}

function countText(matches: number, total: number, filtered: boolean): string {
  const n = (count: number) => count.toLocaleString('nb-NO');
  if (total === 0) return 'Ingen endringer er ført ennå. De føres her når planen lagres.';
  if (!filtered) return `${n(total)} ${total === 1 ? 'endring' : 'endringer'} i alt.`;
  if (matches === 0) return 'Ingen endringer passer med filteret.';
  return `${n(matches)} av ${n(total)} endringer passer med filteret.`;
}
