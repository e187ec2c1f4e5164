import { formatDate } from '#shared/format/dates';
import type { Plan } from '#shared/model/plan';
import type { StatusReport } from '#shared/model/status-report';
import { setSubGoalNarrative, updateReportFields } from '#shared/plan/report-operations';
import { listGoals } from '#shared/plan/traceability';
import { DateField } from '../../components/DateField';
import { DraftTextField } from '../../components/DraftTextField';
import { usePlanSession } from '../../state/plan-context';

/** Deadline and summary of an open report; as text once it is locked. */
export function ReportFields({ report, locked }: { report: StatusReport; locked: boolean }) {
  const session = usePlanSession();
  const id = report.id;
  if (locked) {
    return (
      <dl className="report-facts">
        <div>
          <dt>Frist</dt>
          <dd>{report.deadline ? formatDate(report.deadline) : '–'}</dd>
        </div>
        <div className="report-facts__wide">
          <dt>Sammendrag</dt>
          <dd className="report-facts__text">{report.summary.trim() || '–'}</dd>
        </div>
      </dl>
    );
  }
  return (
    <div className="report-fields">
      <div className="field--narrow">
        <DateField
          id={`report-${id}-deadline`}
          label="Frist"
          value={report.deadline}
          onChange={(deadline) => session.edit((p) => updateReportFields(p, id, { deadline }))}
        />
      </div>
      <DraftTextField
        id={`report-${id}-summary`}
        label="Sammendrag"
        hint="Kort om perioden: hva som gikk bra, og hva som ble vanskelig."
        multiline
        rows={4}
        value={report.summary}
        onChange={(summary) =>
          session.edit((p) => updateReportFields(p, id, { summary }), `report.${id}.summary`)
        }
      />
    </div>
  );
}

/** «Samlet resultat innenfor delmål 1.1»: one text per sub-goal of the plan. */
export function SubGoalNarratives({
  plan,
  report,
  locked,
}: {
  plan: Plan;
  report: StatusReport;
  locked: boolean;
}) {
  const session = usePlanSession();
  if (locked) {
    if (!report.subGoalNarratives.length)
      return <p className="status-reports__empty">Ingen tekster per delmål.</p>;
    return (
      <dl className="report-facts">
        {report.subGoalNarratives.map((n) => (
          <div key={n.subGoalId} className="report-facts__wide">
            <dt>
              Samlet resultat innenfor{' '}
              {n.heading.charAt(0).toLocaleLowerCase('nb') + n.heading.slice(1)}
            </dt>
            <dd className="report-facts__text">{n.text}</dd>
          </div>
        ))}
      </dl>
    );
  }
  const subGoals = listGoals(plan).filter((g) => g.level === 'sub');
  if (!subGoals.length)
    return <p className="status-reports__empty">Planen har ingen delmål ennå.</p>;
  return (
    <div className="report-narratives">
      {subGoals.map((goal) => (
        <DraftTextField
          key={goal.id}
          id={`report-${report.id}-narrative-${goal.id}`}
          label={`Samlet resultat innenfor delmål ${goal.number}`}
          hint={goal.title.trim() || undefined}
          multiline
          rows={3}
          value={report.subGoalNarratives.find((n) => n.subGoalId === goal.id)?.text ?? ''}
          onChange={(text) =>
            session.edit(
              (p) => setSubGoalNarrative(p, report.id, goal.id, text),
              `report.${report.id}.narrative.${goal.id}`,
            )
          }
        />
      ))}
    </div>
  );
}
