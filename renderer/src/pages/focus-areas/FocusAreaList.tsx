import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Measure } from '#shared/model/measures';
import type { FocusArea } from '#shared/model/strategies';
import {
  addFocusArea,
  removeFocusArea,
  type FocusAreaMeasuresChoice,
} from '#shared/plan/focus-area-operations';
import { newId } from '#shared/plan/new-id';
import { AddButton } from '../../components/AddButton';
import { usePlan } from '../../state/plan-context';
import { changeThenFocus } from '../../components/focus';
import { areaName } from './area-name';
import { useChangeNotice } from './change-notice';
import { DeleteFocusAreaDialog } from './DeleteFocusAreaDialog';
import { FocusAreaCard } from './FocusAreaCard';
import { usePasteMeasures } from './measures/use-paste-measures';

interface FocusAreaListProps {
  partyLabels: ReadonlyMap<string, string>;
  expandedIds: ReadonlySet<string>;
  openDetailIds: ReadonlySet<string>;
  onToggleMeasure: (measureId: string) => void;
  onToggleDetails: (areaId: string, open?: boolean) => void;
}

const noMeasures: Measure[] = [];

/** The focus areas in plan order, each with its measures. */
export function FocusAreaList({
  partyLabels,
  expandedIds,
  openDetailIds,
  onToggleMeasure,
  onToggleDetails,
}: FocusAreaListProps) {
  const { plan, edit } = usePlan();
  const notice = useChangeNotice();
  const [deleting, setDeleting] = useState<FocusArea | null>(null);
  const paste = usePasteMeasures();
  const byArea = useMemo(() => {
    const map = new Map<string, Measure[]>();
    for (const m of plan.measures) {
      const list = map.get(m.focusAreaId);
      if (list) list.push(m);
      else map.set(m.focusAreaId, [m]);
    }
    return map;
  }, [plan.measures]);
  const areas = plan.focusAreas;

  const remove = (area: FocusArea, choice: FocusAreaMeasuresChoice) => {
    edit((p) => removeFocusArea(p, area.id, choice));
    setDeleting(null);
    const moved = choice.kind === 'move' ? areas.find((f) => f.id === choice.toFocusAreaId) : null;
    const count = byArea.get(area.id)?.length ?? 0;
    const what =
      count === 0
        ? ''
        : moved
          ? ` Tiltakene er flyttet til satsningsområde ${moved.code}.`
          : ' Tiltakene er slettet.';
    // Its sub-goals stay (under their main goals) and get the plan's numbers: say so.
    const subGoals = plan.mainGoals.some((g) => g.subGoals.some((s) => s.focusAreaId === area.id))
      ? ' Delmålene er beholdt som delmål for hele planen.'
      : '';
    notice.announce(`${areaName(area)} er slettet.${what}${subGoals}`, `area-${area.id}-heading`);
  };
  const removeRef = useRef(remove);
  useEffect(() => {
    removeRef.current = remove;
  });
  // Stable, so the memoised cards are not redrawn for its sake.
  const onDelete = useCallback((area: FocusArea, measureCount: number) => {
    if (measureCount === 0) removeRef.current(area, { kind: 'delete' });
    else setDeleting(area);
  }, []);

  return (
    <>
      {areas.length === 0 ? (
        <p>Planen har ingen satsningsområder ennå.</p>
      ) : (
        <ol className="area-list">
          {areas.map((area, index) => (
            <FocusAreaCard
              key={area.id}
              area={area}
              index={index}
              count={areas.length}
              measures={byArea.get(area.id) ?? noMeasures}
              numberedApart={plan.info.sharedProjectsNumberedApart}
              periodStart={plan.info.periodStart}
              periodEnd={plan.info.periodEnd}
              partyLabels={partyLabels}
              expandedIds={expandedIds}
              detailsOpen={openDetailIds.has(area.id)}
              onToggleMeasure={onToggleMeasure}
              onToggleDetails={onToggleDetails}
              onDelete={onDelete}
              onPasteRows={paste.openPaste}
            />
          ))}
        </ol>
      )}
      <AddButton
        onClick={() => {
          const id = newId();
          changeThenFocus(() => {
            edit((p) => addFocusArea(p, {}, id));
            onToggleDetails(id, true);
          }, `area-${id}-title`);
        }}
      >
        Legg til satsningsområde
      </AddButton>
      {deleting && (
        <DeleteFocusAreaDialog
          area={deleting}
          measureCount={byArea.get(deleting.id)?.length ?? 0}
          otherAreas={areas.filter((f) => f.id !== deleting.id)}
          onCancel={() => setDeleting(null)}
          onDelete={(choice) => remove(deleting, choice)}
        />
      )}
      {paste.dialog}
    </>
  );
}
