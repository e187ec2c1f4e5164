import { programmeYears } from '#shared/budget/budget-tables';
import { costInYear } from '#shared/budget/financing';
import { areaLineTarget } from '#shared/checks/budget-checks';
import { CHECK_FIELDS } from '#shared/checks/check-fields';
import { formatKroner } from '#shared/format/numbers';
import type { Plan } from '#shared/model/plan';
import type { FocusArea } from '#shared/model/strategies';
import { PlanLink } from '../../components/links/PlanLink';

/**
 * The focus area's own cost line («Felles for satsningsområdet») in one sentence, with a link to
 * where it is entered: the money is edited on Budsjett only, so there is one place for it.
 */
export function AreaCostLink({ plan, area }: { plan: Plan; area: FocusArea }) {
  const cost = programmeYears(plan).reduce((sum, year) => sum + costInYear(area.budget, year), 0);
  const target = { entityId: areaLineTarget(area.id), field: CHECK_FIELDS.costs };
  return (
    <p className="field__hint area-details__cost">
      {cost > 0
        ? `Kostnad for hele satsningsområdet: ${formatKroner(cost)} i programperioden. `
        : 'Budsjetterer planen satsningsområdet som én linje, fører du beløpet som felles kostnad. '}
      <PlanLink page="budsjett" target={target}>
        {cost > 0 ? 'Endre under Budsjett' : 'Før felles kostnad under Budsjett'}
      </PlanLink>
    </p>
  );
}
