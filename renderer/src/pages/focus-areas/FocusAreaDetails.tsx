import { useMemo } from 'react';
import type { FocusArea } from '#shared/model/strategies';
import {
  setFocusAreaStrategy,
  updateFocusArea,
  type FocusAreaFields,
} from '#shared/plan/focus-area-operations';
import { usePlan } from '../../state/plan-context';
import { CheckboxGroup } from './measures/CheckboxGroup';
import { CodeTitleFields } from './measures/CodeTitleFields';
import { strategyOption } from './measures/link-options';
import { DraftTextField } from '../../components/DraftTextField';
import { AreaCostLink } from './AreaCostLink';
import { FocusAreaGoals } from './FocusAreaGoals';

interface FocusAreaDetailsProps {
  id: string;
  area: FocusArea;
}

/** Code, title and description of a focus area, its own goals and the strategies it uses. */
export function FocusAreaDetails({ id, area }: FocusAreaDetailsProps) {
  const { plan, edit } = usePlan();
  const idBase = `area-${area.id}`;
  const strategyOptions = useMemo(() => plan.strategies.map(strategyOption), [plan.strategies]);
  const set = (fields: FocusAreaFields, key: string) =>
    edit((p) => updateFocusArea(p, area.id, fields), `focusArea.${area.id}.${key}`);

  return (
    <div id={id} className="area-details">
      <CodeTitleFields
        idBase={idBase}
        code={area.code}
        title={area.title}
        titleLabel="Navn på satsningsområdet"
        onCode={(code) => set({ code }, 'code')}
        onTitle={(title) => set({ title }, 'title')}
      />
      <p className="field__hint area-details__code-hint">
        Koden er første del av tiltakskodene ({area.code || '1'}A, {area.code || '1'}B …). Endrer du
        koden, følger tiltakskodene med.
      </p>
      <DraftTextField
        id={`${idBase}-description`}
        field="description"
        label="Beskrivelse"
        multiline
        rows={3}
        value={area.description}
        onChange={(description) => set({ description }, 'description')}
      />
      <AreaCostLink area={area} invite />
      <div className="area-details__columns">
        <FocusAreaGoals area={area} />
        <CheckboxGroup
          legend="Strategier satsningsområdet bruker"
          idBase={`${idBase}-strategies`}
          field="strategyIds"
          options={strategyOptions}
          selected={area.strategyIds}
          onToggle={(strategyId, on) =>
            edit((p) => setFocusAreaStrategy(p, area.id, strategyId, on))
          }
          empty="Planen har ingen strategier ennå. Legg dem til under Strategier."
        />
      </div>
    </div>
  );
}
