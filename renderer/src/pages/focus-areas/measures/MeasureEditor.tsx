import { CHECK_FIELDS } from '#shared/checks/check-fields';
import { useMemo, type ReactNode } from 'react';
import {
  measureStatusLabels,
  measureStatuses,
  unsetStatusLabel,
  type Measure,
  type MeasureStatus,
} from '#shared/model/measures';
import { measureLabel } from '#shared/plan/labels';
import { measuresWithSameCode } from '#shared/plan/measure-codes';
import { latestReport } from '#shared/plan/report-operations';
import { reportPeriodLabel } from '#shared/model/status-report';
import { ProgressField } from '../../../components/ProgressField';
import { duplicateMeasure, removeMeasure } from '#shared/plan/measure-operations';
import { newId } from '#shared/plan/new-id';
import { usePlanSession, useSessionSnapshot } from '../../../state/plan-context';
import { useChangeNotice } from '../change-notice';
import { CheckboxGroup } from './CheckboxGroup';
import { CodeTitleFields } from './CodeTitleFields';
import { MeasureCost } from './MeasureCost';
import { areaHasCost } from '#shared/budget/counted-lines';
import { DraftTextField } from '../../../components/DraftTextField';
import { FocusAreaSelect } from './FocusAreaSelect';
import { useLinkOptions } from './link-options';
import { MeasureDateFields } from './MeasureDateFields';
import { OwnerSelect } from '../../../components/owner/OwnerSelect';
import { PartnerPicker } from './PartnerPicker';
import { PriorityField } from './PriorityField';
import { partyChoices } from '../../../components/owner/party-labels';
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

// «Ikke angitt» first, as the form's blank box: '' stands for null in the radio row.
const statusOptions = [
  { value: '', label: unsetStatusLabel },
  ...measureStatuses.map((s) => ({ value: s, label: measureStatusLabels[s] })),
];

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

  const area = plan.focusAreas.find((f) => f.id === measure.focusAreaId);
  const areaBudgeted = area ? areaHasCost(area) : false;
  const choices = useMemo(
    () => partyChoices(plan.people, plan.organisation, plan.partners),
    [plan.people, plan.organisation, plan.partners],
  );
  const options = useLinkOptions(plan, measure.focusAreaId);
  // Target groups and strategies side by side, partners searched above them (a real plan has
  // thirty); goals below, behind a disclosure.
  const linkGroups = [
    {
      key: 'targetGroupIds',
      legend: 'Målgrupper',
      part: 'target-groups',
      options: options.targetGroups,
      empty: 'Planen har ingen målgrupper ennå.',
    },
    {
      key: 'strategyIds',
      legend: 'Strategier',
      part: 'strategies',
      options: options.strategies.all,
      sections: options.strategies.sections,
      empty: 'Planen har ingen strategier ennå.',
    },
  ] as const;
  // The latest report writes through to the measure, so say where the figures come from.
  const latest = latestReport(plan);
  const reportedIn =
    latest && latest.entries.some((e) => e.measureId === id)
      ? reportPeriodLabel(latest.period)
      : null;
  // A shared project may repeat a local code when the plan numbers them apart (Om planen).
  const sameCode = measuresWithSameCode(plan, measure);
  const codeProblem =
    sameCode.length > 0
      ? `Koden er også brukt av ${sameCode.map((m) => measureLabel(m, plan.measures)).join(', ')}.`
      : null;

  return (
    <div className="measure-editor">
      <CodeTitleFields
        idBase={idBase}
        code={measure.code}
        title={measure.title}
        titleLabel="Tittel"
        onCode={on.code}
        onTitle={on.title}
        codeError={codeProblem}
      />
      <p className="field__hint measure-editor__code-rule">
        Koden lages av satsningsområdets kode og neste ledige bokstav (1A, 1B … Z, AA)
        {plan.info.sharedProjectsNumberedApart
          ? ', for felles prosjekter fra A for seg, som i Husbankens skjema'
          : ''}
        . Du kan skrive en annen kode selv.
      </p>
      <PriorityField idBase={idBase} value={measure.priority} onChange={on.priority} />
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
        field={CHECK_FIELDS.expectedResult}
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
          field={CHECK_FIELDS.status}
          options={statusOptions}
          value={measure.status ?? ''}
          onChange={(value) => on.status(value === '' ? null : (value as MeasureStatus))}
        />
        <ProgressField
          id={`${idBase}-progress`}
          dataField={CHECK_FIELDS.progress}
          hint="Hele prosent, 0–100"
          value={measure.progress}
          onChange={on.progress}
        />
      </div>
      {reportedIn && (
        <p className="field__hint measure-editor__reported">
          Status og framdrift følger siste statusrapport. Sist rapportert i {reportedIn}.
        </p>
      )}
      <PartnerPicker
        measureId={id}
        idBase={idBase}
        partners={plan.partners}
        selected={measure.partnerIds}
      />
      <div className="check-columns">
        {linkGroups.map((group) => (
          <CheckboxGroup
            key={group.key}
            legend={group.legend}
            idBase={`${idBase}-${group.part}`}
            field={group.key}
            options={group.options}
            sections={'sections' in group ? group.sections : undefined}
            selected={measure[group.key]}
            onToggle={on[group.key]}
            empty={group.empty}
          />
        ))}
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
          options={options.goals}
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
      <MeasureCost
        measureId={id}
        line={measure.budget}
        budget={plan.budget}
        periodStart={plan.info.periodStart}
        periodEnd={plan.info.periodEnd}
        areaBudgeted={areaBudgeted}
      />
      <SharedProjectFields
        idBase={idBase}
        code={measure.code}
        numberedApart={plan.info.sharedProjectsNumberedApart}
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
            notice.announce(
              `${measureLabel(measure, plan.measures)} er slettet.`,
              restoreFocusId(id),
            );
          }}
        >
          Slett tiltaket
        </button>
      </div>
    </div>
  );
}
