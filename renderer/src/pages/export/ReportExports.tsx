import { useId, useState } from 'react';
import { formatDate } from '#shared/format/dates';
import { localIsoDate } from '#shared/format/local-date';
import type { Plan } from '#shared/model/plan';
import { reportTitle } from '#shared/model/status-report';
import { reportsInOrder } from '#shared/plan/report-operations';
import { PlanLink } from '../../components/links/PlanLink';
import { ExportStatus } from '../../components/export/ExportStatus';
import { finalReportFileName, reportExcelFileName, reportFileName } from './export-names';
import type {
  ExportListener,
  ExportOutcome,
  ExportStep,
} from '../../components/export/save-export';
import {
  exportFinalReport,
  exportReportExcel,
  exportReportWord,
  reportExportSteps,
  type ReportExportTools,
} from './report-export-run';
import type { ExportFileKind, ExportState } from '../../components/export/use-export-runner';

interface ReportExportsProps {
  plan: Plan;
  tools: ReportExportTools;
  state: ExportState;
  working: boolean;
  run: (
    kind: ExportFileKind,
    steps: ExportStep[],
    job: (listener: ExportListener) => Promise<ExportOutcome>,
  ) => Promise<void>;
}

/**
 * Rapporter: a status report as Word (Husbanken's form) or Excel, and the final report. A report
 * is exported from its own snapshot, so a submitted one gives the same document every time.
 */
export function ReportExports({ plan, tools, state, working, run }: ReportExportsProps) {
  const reports = reportsInOrder(plan).reverse();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const chosen = reports.find((r) => r.id === chosenId) ?? reports[0] ?? null;
  const hint = useId();

  const makeWord = () => {
    if (working || !chosen) return;
    void run('reportDocx', reportExportSteps, (listener) =>
      exportReportWord(chosen, reportFileName(chosen), tools, listener),
    );
  };
  const makeExcel = () => {
    if (working || !chosen) return;
    void run('reportXlsx', reportExportSteps, (listener) =>
      exportReportExcel(chosen, reportExcelFileName(chosen), tools, listener),
    );
  };
  const makeFinal = () => {
    if (working) return;
    // The plan as it is now; edits made while the export works go into the next export.
    const today = localIsoDate();
    void run('finalDocx', reportExportSteps, (listener) =>
      exportFinalReport(plan, today, finalReportFileName(plan), tools, listener),
    );
  };

  return (
    <section className="export-card" aria-labelledby="report-export-heading">
      <h2 id="report-export-heading">Rapporter</h2>
      <p>
        Halvårs- og årsrapporten i oppsettet til Husbankens skjema, laget fra rapportens eget
        grunnlag: en levert rapport blir den samme hver gang du lager den.
      </p>
      {reports.length === 0 ? (
        <p className="field__hint" id={hint}>
          Det er ikke laget noen statusrapporter ennå. Start en på siden{' '}
          <PlanLink page="statusrapporter">Statusrapporter</PlanLink>.
        </p>
      ) : (
        <fieldset className="fieldset report-choice">
          <legend className="field__label">Statusrapport</legend>
          <ul className="report-choice__list">
            {reports.map((report) => (
              <li key={report.id}>
                <label className="radio">
                  <input
                    type="radio"
                    name="report-export-choice"
                    value={report.id}
                    checked={chosen?.id === report.id}
                    onChange={() => setChosenId(report.id)}
                  />
                  {reportTitle(report.period)}{' '}
                  <span className="report-choice__state">
                    (
                    {report.submittedDate ? `levert ${formatDate(report.submittedDate)}` : 'utkast'}
                    )
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      <div className="export-card__action">
        <button
          type="button"
          className="button button--primary"
          aria-disabled={working || !chosen}
          aria-describedby={chosen ? undefined : hint}
          onClick={makeWord}
        >
          Lag Word-rapport
        </button>
        <button
          type="button"
          className="button"
          aria-disabled={working || !chosen}
          aria-describedby={chosen ? undefined : hint}
          onClick={makeExcel}
        >
          Lag Excel-rapport
        </button>
      </div>
      <ExportStatus kind="reportDocx" state={state} />
      <ExportStatus kind="reportXlsx" state={state} />
      <h3 className="report-choice__final">Sluttrapport</h3>
      <p>
        Ved slutten av programperioden: gruppens tekster per satsningsområde med tallene fylt inn,
        hvert tiltaks status gjennom alle rapportene, måloppnåelse og økonomi for hele perioden.
      </p>
      <div className="export-card__action">
        <button type="button" className="button" aria-disabled={working} onClick={makeFinal}>
          Lag sluttrapport (Word)
        </button>
      </div>
      <ExportStatus kind="finalDocx" state={state} />
    </section>
  );
}
