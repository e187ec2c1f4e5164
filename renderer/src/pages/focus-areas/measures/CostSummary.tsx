import { CHECK_FIELDS } from '#shared/checks/check-fields';
import { memo } from 'react';
import { formatKroner } from '#shared/format/numbers';
import type { Measure } from '#shared/model/measures';
import { useNavigation } from '../../../shell/navigation';

interface CostSummaryProps {
  measureId: string;
  costs: Measure['budget']['costs'];
}

/** Cost per year is entered on the budget page; here it is shown, with the way there. */
export const CostSummary = memo(function CostSummary({ measureId, costs }: CostSummaryProps) {
  const { navigate } = useNavigation();
  const entered = costs.filter((c) => c.amount > 0);
  return (
    <div className="cost-summary">
      <p className="field__label">Kostnad</p>
      <p className="cost-summary__text">
        {entered.length === 0
          ? 'Ingen kostnad er lagt inn.'
          : entered.map((c) => `${c.year}: ${formatKroner(c.amount)}`).join(', ')}{' '}
        <a
          href="#budsjett"
          className="link"
          data-field={CHECK_FIELDS.costs}
          onClick={(event) => {
            event.preventDefault();
            navigate('budsjett', { entityId: measureId, field: CHECK_FIELDS.costs });
          }}
        >
          {entered.length === 0
            ? 'Legg inn kostnad under Budsjett'
            : 'Endre kostnaden under Budsjett'}
        </a>
      </p>
    </div>
  );
});
