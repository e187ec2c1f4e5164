import { useCallback, useDeferredValue, useMemo } from 'react';
import type { Plan } from '#shared/model/plan';
import { changeThenFocus } from '../../../components/focus';
import {
  emptyFilter,
  filterRows,
  isFiltered,
  NO_OWNER,
  planOrder,
  sortRows,
  type MeasureFilter,
  type MeasureRow,
  type MeasureSort,
  type SortKey,
} from './measure-table-model';
import { DETAIL_HEADING_ID, MeasureDetailPanel } from './MeasureDetailPanel';
import { MeasureFilters } from './MeasureFilters';
import { MeasureTable } from './MeasureTable';
import { rowButtonId } from './MeasureTableRow';
import type { PartyOption } from '../../../components/owner/party-labels';
import { partyKey } from '../../../components/owner/party-labels';
import { usePasteMeasures } from './use-paste-measures';

const PASTE_BUTTON_ID = 'measure-table-paste';

interface MeasureTableViewProps {
  plan: Plan;
  rows: MeasureRow[];
  partyLabels: ReadonlyMap<string, string>;
  filter: MeasureFilter;
  onFilterChange: (filter: MeasureFilter) => void;
  sort: MeasureSort;
  onSortChange: (sort: MeasureSort) => void;
  selectedId: string | null;
  onSelect: (measureId: string | null) => void;
  onShowAreas: () => void;
}

/** «Alle tiltak»: filters, the sortable table, and the selected measure in a panel beside it. */
export function MeasureTableView({
  plan,
  rows,
  partyLabels,
  filter,
  onFilterChange,
  sort,
  onSortChange,
  selectedId,
  onSelect,
  onShowAreas,
}: MeasureTableViewProps) {
  // Typing in the search box shows at once; the table follows when the browser has time.
  const deferredFilter = useDeferredValue(filter);
  const sorted = useMemo(() => sortRows(rows, sort), [rows, sort]);
  const visibleIds = useMemo(
    () => new Set(filterRows(rows, deferredFilter).map((row) => row.measure.id)),
    [rows, deferredFilter],
  );
  // The owners of some measure, and the one chosen in the filter even if it owns none now. Keyed
  // by who they are, so the filters are not redrawn for every letter typed in a title.
  const ownerKeys = useMemo(() => {
    const keys = new Set(rows.map((row) => partyKey(row.measure.owner)).filter(Boolean));
    if (filter.owner && filter.owner !== NO_OWNER) keys.add(filter.owner);
    return [...keys].join('|');
  }, [rows, filter.owner]);
  const owners = useMemo(
    () =>
      ownerKeys
        .split('|')
        .filter(Boolean)
        .map((key): PartyOption => ({ key, label: partyLabels.get(key) || 'Uten navn' }))
        .sort((a, b) => a.label.localeCompare(b.label, 'nb')),
    [ownerKeys, partyLabels],
  );
  const selected = selectedId ? plan.measures.find((m) => m.id === selectedId) : undefined;
  const paste = usePasteMeasures();
  // Rows pasted here go to the selected measure's focus area, or the first; the preview says which.
  const pasteAreaId = selected?.focusAreaId ?? plan.focusAreas[0]?.id ?? null;

  // Stable callbacks: the memoised table and its rows are only redrawn when their data changes.
  const onSort = useCallback(
    (key: SortKey) =>
      onSortChange(
        sort.key === key && sort.direction === 'ascending'
          ? { key, direction: 'descending' }
          : { key, direction: 'ascending' },
      ),
    [sort, onSortChange],
  );
  const onRowSelect = useCallback(
    (id: string) => {
      changeThenFocus(() => onSelect(id), DETAIL_HEADING_ID);
    },
    [onSelect],
  );

  const pasteButton = pasteAreaId !== null && (
    <button
      id={PASTE_BUTTON_ID}
      type="button"
      className="button button--quiet button--small"
      onClick={() => paste.openPaste(pasteAreaId, null, PASTE_BUTTON_ID)}
    >
      Lim inn fra Word/Excel …
    </button>
  );
  const onPaste =
    pasteAreaId === null ? undefined : paste.pasteHandler(pasteAreaId, PASTE_BUTTON_ID);

  if (rows.length === 0) {
    return (
      <div className="table-empty">
        <p>Planen har ingen tiltak ennå. Tiltak legges til per satsningsområde.</p>
        <button type="button" className="button" onClick={onShowAreas}>
          Vis satsningsområdene
        </button>{' '}
        {pasteButton}
        {paste.dialog}
      </div>
    );
  }

  return (
    <div className="table-view" onPaste={onPaste}>
      <MeasureFilters
        filter={filter}
        onChange={onFilterChange}
        focusAreas={plan.focusAreas}
        targetGroups={plan.targetGroups}
        strategies={plan.strategies}
        owners={owners}
      />
      <div className="table-view__summary">
        <p role="status" className="table-view__count">
          Viser {visibleIds.size} av {rows.length} tiltak
        </p>
        {sort.key !== 'plan' && (
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => onSortChange(planOrder)}
          >
            Sorter som i planen
          </button>
        )}
        {pasteButton}
      </div>
      <div className={`table-layout${selected ? ' table-layout--with-panel' : ''}`}>
        <div className="table-scroll">
          {visibleIds.size === 0 && (
            <div className="table-empty">
              <p>Ingen tiltak passer med filtrene.</p>
              {isFiltered(filter) && (
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => onFilterChange(emptyFilter)}
                >
                  Nullstill filtrene
                </button>
              )}
            </div>
          )}
          {/* Kept mounted when nothing matches, so that clearing the filter is cheap. */}
          <div hidden={visibleIds.size === 0}>
            <MeasureTable
              rows={sorted}
              visibleIds={visibleIds}
              sort={sort}
              selectedId={selectedId}
              onSort={onSort}
              onSelect={onRowSelect}
              compact={selected !== undefined}
            />
          </div>
        </div>
        {selected && (
          <MeasureDetailPanel
            measure={selected}
            areaLabel={rows.find((r) => r.measure === selected)?.areaLabel ?? ''}
            code={rows.find((r) => r.measure === selected)?.code ?? selected.code}
            onSelect={onSelect}
            onClose={() => {
              changeThenFocus(() => onSelect(null), rowButtonId(selected.id));
            }}
          />
        )}
      </div>
      {paste.dialog}
    </div>
  );
}
