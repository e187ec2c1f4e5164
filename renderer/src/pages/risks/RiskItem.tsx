import { memo } from 'react';
import { CHECK_FIELDS } from '#shared/checks/check-fields';
import type { Risk } from '#shared/model/chapters';
import type { PartyRef } from '#shared/model/primitives';
import { levelOfRisk, riskLevelWords } from '#shared/plan/risk-levels';
import {
  moveRisk,
  removeRisk,
  setRiskMeasure,
  updateRisk,
  type RiskFields,
} from '#shared/plan/risk-operations';
import { DraftTextField } from '../../components/DraftTextField';
import { keepingFocus } from '../../components/focus';
import { MultiSelect, type MultiSelectOption } from '../../components/multi-select/MultiSelect';
import { OwnerSelect } from '../../components/owner/OwnerSelect';
import type { PartyChoices } from '../../components/owner/party-labels';
import { SortableCard } from '../../components/sortable/SortableCard';
import type { SortableDrag } from '../../components/sortable/SortableList';
import { usePlanSession } from '../../state/plan-context';
import { RiskLevelField } from './RiskLevelField';
import { riskIdBase } from './risk-ids';

interface RiskItemProps {
  risk: Risk;
  index: number;
  count: number;
  drag: SortableDrag;
  choices: PartyChoices;
  measureOptions: readonly MultiSelectOption[];
  onDeleted: (message: string, restoreFocusId: string) => void;
}

const measureNoun = { one: 'tiltak', many: 'tiltak' };

export const RiskItem = memo(function RiskItem({
  risk,
  index,
  count,
  drag,
  choices,
  measureOptions,
  onDeleted,
}: RiskItemProps) {
  const session = usePlanSession();
  const idBase = riskIdBase(risk.id);
  const number = index + 1;
  const title = risk.title.trim();
  const level = levelOfRisk(risk);
  const change = (fields: RiskFields, field?: string) =>
    session.edit(
      (p) => updateRisk(p, risk.id, fields),
      field ? `risk.${risk.id}.${field}` : undefined,
    );
  const move = (delta: -1 | 1) =>
    keepingFocus(() => session.edit((p) => moveRisk(p, risk.id, delta)));
  const remove = () => {
    session.edit((p) => removeRisk(p, risk.id));
    onDeleted(`Risiko ${number}${title ? ` «${title}»` : ''} er slettet.`, `${idBase}-title`);
  };

  return (
    <SortableCard
      id={risk.id}
      idBase={idBase}
      className={`reorder-card risk-card risk-card--${level}`}
      drag={drag}
      heading={
        <>
          {title ? `Risiko ${number}: ${title}` : `Risiko ${number}`}
          <span className="visually-hidden"> – </span>
          <span className={`risk-level risk-level--${level}`}>{riskLevelWords[level]}</span>
        </>
      }
      what={title ? `risikoen ${title}` : `risiko ${number}`}
      index={index}
      count={count}
      onMove={move}
      onDelete={remove}
    >
      <DraftTextField
        id={`${idBase}-title`}
        label="Risiko"
        hint="Kort, så den kan stå i matrisen: «For få utleieboliger i markedet»."
        value={risk.title}
        onChange={(value) => change({ title: value }, 'title')}
      />
      <DraftTextField
        id={`${idBase}-description`}
        label="Beskrivelse"
        hint="Hva kan skje, og hvorfor."
        multiline
        rows={2}
        value={risk.description}
        onChange={(description) => change({ description }, 'description')}
      />
      <div className="risk-levels">
        <RiskLevelField
          name={`${idBase}-likelihood`}
          legend="Sannsynlighet"
          hint="Hvor sannsynlig er det at det skjer i planperioden?"
          value={risk.likelihood}
          onChange={(likelihood) => change({ likelihood })}
        />
        <RiskLevelField
          name={`${idBase}-consequence`}
          legend="Konsekvens"
          hint="Hvor alvorlig blir det for planen om det skjer?"
          value={risk.consequence}
          onChange={(consequence) => change({ consequence })}
        />
      </div>
      <p className="risk-card__level" aria-live="polite">
        Risikonivå: <strong>{riskLevelWords[level]}</strong>
        {level === 'hoy' && ' – trenger ansvarlig og tiltak mot risikoen.'}
      </p>
      <OwnerSelect
        id={`${idBase}-owner`}
        value={risk.owner}
        choices={choices}
        onChange={(owner: PartyRef | null) => change({ owner })}
      />
      <DraftTextField
        id={`${idBase}-mitigation`}
        field={CHECK_FIELDS.mitigation}
        label="Tiltak mot risikoen"
        hint="Hva dere gjør for å gjøre risikoen mindre sannsynlig eller mindre alvorlig."
        multiline
        rows={2}
        value={risk.mitigation}
        onChange={(mitigation) => change({ mitigation }, 'mitigation')}
      />
      <MultiSelect
        id={`${idBase}-measures`}
        label="Tiltak som trues"
        hint={
          measureOptions.length === 0
            ? 'Planen har ingen tiltak ennå.'
            : 'Tiltakene i planen som blir forsinket eller ikke gjennomført om risikoen inntreffer.'
        }
        options={measureOptions}
        selected={risk.measureIds}
        onToggle={(measureId, on) => session.edit((p) => setRiskMeasure(p, risk.id, measureId, on))}
        noun={measureNoun}
        placeholder="Søk på kode eller tittel"
      />
    </SortableCard>
  );
});
