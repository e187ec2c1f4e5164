import { CHECK_FIELDS } from '#shared/checks/check-fields';
import type { Indicator } from '#shared/model/goals';
import { updateIndicator } from '#shared/plan/goal-operations';
import { confirmExampleFigure } from '#shared/plan/example-operations';
import { DraftTextField } from '../../components/DraftTextField';
import { usePlan } from '../../state/plan-context';
import { IndicatorPointFields } from './IndicatorPointFields';

interface IndicatorFieldsProps {
  idBase: string;
  resultGoalId: string;
  indicator: Indicator;
}

export function IndicatorFields({ idBase, resultGoalId, indicator }: IndicatorFieldsProps) {
  const { edit } = usePlan();
  const change = (fields: Partial<Indicator>, field?: string) =>
    edit(
      (p) => updateIndicator(p, resultGoalId, fields),
      field && `indicator.${resultGoalId}.${field}`,
    );

  return (
    <div className="indicator" data-field={CHECK_FIELDS.indicator}>
      <div className="field-row field-row--wide-first">
        <DraftTextField
          id={`${idBase}-indicator-name`}
          label="Indikator"
          hint="Hva som måles, for eksempel «Antall husstander i midlertidig bolig»."
          value={indicator.name}
          onChange={(name) => change({ name }, 'name')}
        />
        <DraftTextField
          label="Enhet"
          hint="For eksempel husstander."
          value={indicator.unit}
          onChange={(unit) => change({ unit }, 'unit')}
        />
      </div>
      <div className="field-row">
        <IndicatorPointFields
          idBase={`${idBase}-baseline`}
          legend="Utgangsverdi"
          point={indicator.baseline}
          onChange={(baseline) => change({ baseline })}
          onConfirmExample={() => edit((p) => confirmExampleFigure(p, resultGoalId, 'baseline'))}
        />
        <IndicatorPointFields
          idBase={`${idBase}-target`}
          legend="Målverdi"
          point={indicator.target}
          onChange={(target) => change({ target })}
          onConfirmExample={() => edit((p) => confirmExampleFigure(p, resultGoalId, 'target'))}
        />
      </div>
      {!indicator.target && <p className="tag tag--gap">Mangler målverdi</p>}
    </div>
  );
}
