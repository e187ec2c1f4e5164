import { useMemo, type ReactNode } from 'react';
import {
  measureStatusLabels,
  measureStatuses,
  progressValues,
  type Measure,
} from '../../../../shared/model/measures';
import type { Plan } from '../../../../shared/model/plan';
import { measureLabel } from '../../../../shared/plan/labels';
import { duplicateMeasure, removeMeasure } from '../../../../shared/plan/measure-operations';
import { newId } from '../../../../shared/plan/new-id';
import { usePlanSession, useSessionSnapshot } from '../../state/plan-context';
import { useChangeNotice } from '../focus-areas/change-notice';
import { CheckboxGroup, type CheckboxOption } from './CheckboxGroup';
import { CostSummary } from './CostSummary';
import { DraftTextField } from '../../components/DraftTextField';
import { FocusAreaSelect } from './FocusAreaSelect';
import { MeasureDateFields } from './MeasureDateFields';
import { OwnerSelect } from './OwnerSelect';
import { partyChoices } from './party-labels';
import { RadioRow } from './RadioRow';
import { SharedProjectFields } from './SharedProjectFields';
import { useMeasureHandlers } from './use-measure-handlers';

interface MeasureEditorProps {
  measure: Measure;
  /** Buttons that belong to where the editor is shown (move up/down in a focus area). */
  extraActions?: ReactNode;
  /** Where focus goes if a deletion is undone. */
  restoreFocusId: (measureId: string) => string;
  /** A duplicate was made: show it. */
  onDuplicated?: (measureId: string) => void;
}

const statusOptions = measureStatuses.map((s) => ({ value: s, label: measureStatusLabels[s] }));
const progressOptions = progressValues.map((p) => ({ value: p, label: `${p} %` }));
const norm = (code: string) => code.trim().toLocaleUpperCase('nb');
const strategyOption = (s: Plan['strategies'][number]): CheckboxOption => ({
  id: s.id,
  label: `${s.code} ${s.title}`.trim() || 'Strategi uten navn',
});

/**
 * Every column of Husbanken's activity plan for one measure (cost is on the budget page). Its
 * parts are memoised with stable props, so typing in the title redraws the title field and not
 * the sixty checkboxes and radio buttons below it.
 */
export function MeasureEditor({
  measure,
  extraActions,
  restoreFocusId,
  onDuplicated,
}: MeasureEditorProps) {
  const session = usePlanSession();
  const { plan } = useSessionSnapshot();
  const notice = useChangeNotice();
  const on = useMeasureHandlers(measure.id);
  const id = measure.id;
  const idBase = `measure-${id}`;

  const choices = useMemo(
    () => partyChoices(plan.people, plan.organisation, plan.partners),
    [plan.people, plan.organisation, plan.partners],
  );
  const areaStrategyIds = plan.focusAreas.find((f) => f.id === measure.focusAreaId)?.strategyIds;
  const strategies = useMemo(() => {
    const used = new Set(areaStrategyIds);
    return {
      all: plan.strategies.map(strategyOption),
      sections: [
        {
          title: 'Satsningsområdet bruker',
          options: plan.strategies.filter((s) => used.has(s.id)).map(strategyOption),
        },
        {
          title: 'Andre strategier',
          options: plan.strategies.filter((s) => !used.has(s.id)).map(strategyOption),
        },
      ],
    };
  }, [plan.strategies, areaStrategyIds]);
  const targetGroupOptions = useMemo(
    () => plan.targetGroups.map((t) => ({ id: t.id, label: t.name || 'Uten navn' })),
    [plan.targetGroups],
  );
  const partnerOptions = useMemo(
    () => plan.partners.map((p) => ({ id: p.id, label: p.name || 'Uten navn' })),
    [plan.partners],
  );
  const goalOptions = useMemo(
    () =>
      plan.mainGoals.flatMap((g, i) => [
        { id: g.id, label: `Hovedmål ${i + 1}: ${g.title || 'uten tittel'}` },
        ...g.subGoals.flatMap((s, j) => [
          { id: s.id, label: `Delmål ${i + 1}.${j + 1}: ${s.title || 'uten tittel'}`, level: 1 },
          ...s.resultGoals.map((r, k) => ({
            id: r.id,
            label: `Resultatmål ${i + 1}.${j + 1}.${k + 1}: ${r.title || 'uten tittel'}`,
            level: 2,
          })),
        ]),
      ]),
    [plan.mainGoals],
  );
  const sameCode = measure.code.trim()
    ? plan.measures.filter((m) => m.id !== id && norm(m.code) === norm(measure.code))
    : [];
  const codeProblem =
    sameCode.length > 0
      ? `Koden er også brukt av ${sameCode.map((m) => measureLabel(m)).join(', ')}.`
      : null;

  return (
    <div className="measure-editor">
      <div className="field-row field-row--code-title">
        <DraftTextField
          id={`${idBase}-code`}
          field="code"
          label="Kode"
          className="field--code"
          value={measure.code}
          onChange={on.code}
          error={codeProblem}
        />
        <DraftTextField
          id={`${idBase}-title`}
          field="title"
          label="Tittel"
          value={measure.title}
          onChange={on.title}
        />
      </div>
      <p className="field__hint measure-editor__code-rule">
        Koden lages av satsningsområdets kode og neste ledige bokstav (1A, 1B … Z, AA). Du kan
        skrive en annen kode selv.
      </p>
      <DraftTextField
        id={`${idBase}-description`}
        field="description"
        label="Kort beskrivelse"
        multiline
        rows={3}
        value={measure.description}
        onChange={on.description}
      />
      <DraftTextField
        id={`${idBase}-expected`}
        field="expectedResult"
        label="Forventet resultat"
        hint="Hva skal tiltaket føre til? Helst noe som kan måles."
        multiline
        rows={2}
        value={measure.expectedResult}
        onChange={on.expectedResult}
      />
      <div className="field-row">
        <OwnerSelect
          id={`${idBase}-owner`}
          value={measure.owner}
          choices={choices}
          onChange={on.owner}
        />
        <FocusAreaSelect
          id={`${idBase}-area`}
          value={measure.focusAreaId}
          focusAreas={plan.focusAreas}
          onMove={on.focusArea}
        />
      </div>
      <MeasureDateFields
        idBase={idBase}
        startDate={measure.startDate}
        endDate={measure.endDate}
        onChange={on.dates}
      />
      <div className="field-row field-row--status">
        <RadioRow
          legend="Status"
          name={`${idBase}-status`}
          field="status"
          options={statusOptions}
          value={measure.status}
          onChange={on.status}
        />
        <RadioRow
          legend="Fremdrift"
          name={`${idBase}-progress`}
          field="progress"
          options={progressOptions}
          value={measure.progress}
          onChange={on.progress}
        />
      </div>
      <div className="check-columns">
        <CheckboxGroup
          legend="Målgrupper"
          idBase={`${idBase}-target-groups`}
          field="targetGroupIds"
          options={targetGroupOptions}
          selected={measure.targetGroupIds}
          onToggle={on.targetGroupIds}
          empty="Planen har ingen målgrupper ennå."
        />
        <CheckboxGroup
          legend="Samarbeidspartnere"
          idBase={`${idBase}-partners`}
          field="partnerIds"
          options={partnerOptions}
          selected={measure.partnerIds}
          onToggle={on.partnerIds}
          empty="Planen har ingen samarbeidspartnere ennå."
        />
        <CheckboxGroup
          legend="Strategier"
          idBase={`${idBase}-strategies`}
          field="strategyIds"
          options={strategies.all}
          sections={strategies.sections}
          selected={measure.strategyIds}
          onToggle={on.strategyIds}
          empty="Planen har ingen strategier ennå."
        />
      </div>
      <details className="measure-editor__goals">
        <summary data-field="goalIds">
          Mål tiltaket bidrar direkte til ({measure.goalIds.length} valgt)
        </summary>
        <CheckboxGroup
          legend="Mål tiltaket bidrar direkte til"
          idBase={`${idBase}-goals`}
          field="goalIds-first"
          hint="I tillegg til målene strategiene fører til."
          options={goalOptions}
          selected={measure.goalIds}
          onToggle={on.goalIds}
          empty="Planen har ingen mål ennå."
        />
      </details>
      <div className="field-row">
        <DraftTextField
          id={`${idBase}-challenges`}
          field="challenges"
          label="Særlige utfordringer"
          multiline
          rows={2}
          value={measure.challenges}
          onChange={on.challenges}
        />
        <DraftTextField
          id={`${idBase}-corrective`}
          field="correctiveAction"
          label="Korrigerende tiltak"
          multiline
          rows={2}
          value={measure.correctiveAction}
          onChange={on.correctiveAction}
        />
      </div>
      <CostSummary measureId={id} costs={measure.budget.costs} />
      <SharedProjectFields
        idBase={idBase}
        value={measure.sharedProject}
        onChange={on.sharedProject}
      />
      <div className="button-row measure-editor__actions">
        {extraActions}
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={() => {
            const copyId = newId();
            session.edit((p) => duplicateMeasure(p, id, copyId));
            onDuplicated?.(copyId);
          }}
        >
          Lag en kopi
        </button>
        <button
          type="button"
          className="button button--quiet button--small button--danger-text"
          onClick={() => {
            session.edit((p) => removeMeasure(p, id));
            notice.announce(`${measureLabel(measure)} er slettet.`, restoreFocusId(id));
          }}
        >
          Slett tiltaket
        </button>
      </div>
    </div>
  );
}
