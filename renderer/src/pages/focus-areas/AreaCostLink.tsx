import { programmeYears } from '#shared/budget/budget-tables';
import { costOverYears } from '#shared/budget/financing';
import { areaLineTarget } from '#shared/checks/budget-checks';
import { CHECK_FIELDS } from '#shared/checks/check-fields';
import { formatKroner } from '#shared/format/numbers';
import type { FocusArea } from '#shared/model/strategies';
import { PlanLink } from '../../components/links/PlanLink';
import { usePlan } from '../../state/plan-context';

/**
 * The focus area's own cost line («Felles for satsningsområdet») in one sentence, with a link to
 * where it is entered: the money is edited on Budsjett only, so there is one place for it.
 * Without `invite` it shows only when the area has such a cost (on the card, always in sight);
 * with `invite` only when it has none (in the area's details), so a plan budgeted per measure is
 * not told about it on every card.
 */
export function AreaCostLink({ area, invite = false }: { area: FocusArea; invite?: boolean }) {
  const { plan } = usePlan();
  const cost = costOverYears(area.budget, programmeYears(plan));
  if (cost > 0 === invite) return null;
  const target = { entityId: areaLineTarget(area.id), field: CHECK_FIELDS.costs };
  return (
    <p className="field__hint area-cost-link">
      {cost > 0
        ? `Kostnad for hele satsningsområdet: ${formatKroner(cost)} i programperioden. `
        : 'Budsjetterer planen satsningsområdet som én linje, fører du beløpet som felles kostnad. '}
      <PlanLink page="budsjett" target={target}>
        {cost > 0 ? 'Endre under Budsjett' : 'Før felles kostnad under Budsjett'}
      </PlanLink>
    </p>
  );
}
