import { memo } from 'react';
import { measureStatusLabels, measureStatuses, unsetStatusLabel } from '#shared/model/measures';
import type { Plan } from '#shared/model/plan';
import { targetGroupName } from '#shared/model/strategies';
import {
  emptyFilter,
  isFiltered,
  NO_OWNER,
  NO_STATUS,
  type MeasureFilter,
} from './measure-table-model';
import type { PartyOption } from '../../../components/owner/party-labels';

interface MeasureFiltersProps {
  filter: MeasureFilter;
  onChange: (filter: MeasureFilter) => void;
  focusAreas: Plan['focusAreas'];
  targetGroups: Plan['targetGroups'];
  strategies: Plan['strategies'];
  /** The parties that own at least one measure. */
  owners: PartyOption[];
}

/** Text search and one filter per column that is worth filtering on. */
export const MeasureFilters = memo(function MeasureFilters({
  filter,
  onChange,
  focusAreas,
  targetGroups,
  strategies,
  owners,
}: MeasureFiltersProps) {
  const set = (fields: Partial<MeasureFilter>) => onChange({ ...filter, ...fields });
  const select = (
    key: Exclude<keyof MeasureFilter, 'text'>,
    label: string,
    options: { value: string; label: string }[],
  ) => (
    <div className="field table-filters__field">
      <label className="field__label field__label--small" htmlFor={`measure-filter-${key}`}>
        {label}
      </label>
      <select
        id={`measure-filter-${key}`}
        className="input input--select"
        value={filter[key]}
        onChange={(e) => set({ [key]: e.target.value })}
      >
        <option value="">Alle</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <div className="table-filters" role="search" aria-label="Filtrer tiltakene">
      <div className="field table-filters__search">
        <label className="field__label field__label--small" htmlFor="measure-filter-text">
          Søk i tiltakene
        </label>
        <input
          id="measure-filter-text"
          className="input"
          type="search"
          autoComplete="off"
          aria-describedby="measure-filter-text-hint"
          value={filter.text}
          onChange={(e) => set({ text: e.target.value })}
        />
        <p id="measure-filter-text-hint" className="visually-hidden">
          Søker i kode, tittel, beskrivelse og forventet resultat.
        </p>
      </div>
      {select(
        'focusAreaId',
        'Satsningsområde',
        focusAreas.map((f) => ({ value: f.id, label: `${f.code} ${f.title}`.trim() })),
      )}
      {select('owner', 'Ansvarlig', [
        { value: NO_OWNER, label: 'Uten ansvarlig' },
        ...owners.map((o) => ({ value: o.key, label: o.label })),
      ])}
      {select('status', 'Status', [
        { value: NO_STATUS, label: unsetStatusLabel },
        ...measureStatuses.map((s) => ({ value: s, label: measureStatusLabels[s] })),
      ])}
      {select(
        'targetGroupId',
        'Målgruppe',
        targetGroups.map((t) => ({ value: t.id, label: targetGroupName(t) })),
      )}
      {select(
        'strategyId',
        'Strategi',
        strategies.map((s) => ({ value: s.id, label: `${s.code} ${s.title}`.trim() })),
      )}
      {isFiltered(filter) && (
        <button
          type="button"
          className="button button--quiet button--small table-filters__reset"
          onClick={() => onChange(emptyFilter)}
        >
          Nullstill filtrene
        </button>
      )}
    </div>
  );
});
