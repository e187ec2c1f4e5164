import { memo, useMemo } from 'react';
import { yearsBetween } from '#shared/budget/budget-tables';
import type { CostLine } from '#shared/model/budget';
import type { Plan } from '#shared/model/plan';
import { CostLineEditor } from '../../../components/money/CostLineEditor';
import { useNavigation } from '../../../shell/navigation';
import { usePlanSession } from '../../../state/plan-context';

// The line, not the measure, is a prop: typing in the measure's other fields leaves it alone.
interface MeasureCostProps {
  measureId: string;
  line: CostLine;
  budget: Plan['budget'];
  periodStart: number;
  periodEnd: number;
  /** The measure's focus area carries the money as one line («Felles for satsningsområdet»). */
  areaBudgeted: boolean;
}

/**
 * The measure's cost per year and its financing, entered right here with the same editor as on
 * Budsjett (issue 16: no trip to another page and back), with the way to the whole budget.
 */
export const MeasureCost = memo(function MeasureCost({
  measureId,
  line,
  budget,
  periodStart,
  periodEnd,
  areaBudgeted,
}: MeasureCostProps) {
  const session = usePlanSession();
  const { navigate } = useNavigation();
  const years = useMemo(() => yearsBetween(periodStart, periodEnd), [periodStart, periodEnd]);
  return (
    <div className="measure-cost">
      <CostLineEditor
        entityId={`${measureId}-cost`}
        measureId={measureId}
        title="Kostnad og finansiering"
        line={line}
        sources={budget.sources}
        defaultSplit={budget.defaultSplit}
        years={years}
        edit={session.edit}
        note={
          areaBudgeted
            ? 'Satsningsområdet har en felles kostnad under Budsjett, så tiltaket trenger ingen egen.'
            : undefined
        }
      />
      <p className="measure-cost__more">
        <a
          href="#budsjett"
          className="link"
          onClick={(event) => {
            event.preventDefault();
            navigate('budsjett', { entityId: measureId });
          }}
        >
          Se hele budsjettet, med summene per år
        </a>
      </p>
    </div>
  );
});
