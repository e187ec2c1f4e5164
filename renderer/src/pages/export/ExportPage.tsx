import '../../styles/export.css';
import { useId, useMemo } from 'react';
import { presetMatching } from '#shared/export/word-export-choice';
import { localIsoDate } from '#shared/format/local-date';
import { GoalChartSection } from '../../charts/GoalChartSection';
import { PageHeading } from '../../components/PageHeading';
import { usePlan, useSessionSnapshot } from '../../state/plan-context';
import { getPlanApi } from '../../api/get-plan-api';
import { draftStandingNow } from './draft-standing-now';
import { appExportTools, appReportExportTools } from './app-export-tools';
import { ExportStatus } from '../../components/export/ExportStatus';
import { excelExportSteps, exportExcel, exportWord, wordExportSteps } from './export-run';
import { excelFileName, wordFileName } from './export-names';
import { PlanContents } from './PlanContents';
import { ReadinessPanel } from './ReadinessPanel';
import { ReportExports } from './ReportExports';
import { useExportRunner } from '../../components/export/use-export-runner';
import { useWordSections } from './use-word-sections';
import { WordSectionChoice } from './WordSectionChoice';

/** Eksport: the plan as a Word document for political treatment, or as Excel sheets. */
export function ExportPage() {
  const { plan } = usePlan();
  const { path } = useSessionSnapshot();
  const [sections, setSections] = useWordSections(plan.id);
  const { state, run, working } = useExportRunner();
  const tools = useMemo(() => appExportTools(), []);
  const reportTools = useMemo(() => appReportExportTools(), []);
  const wordHint = useId();
  const noSections = sections.length === 0;

  const exportToWord = () => {
    if (working || noSections) return;
    // The plan as it is now; edits made while the export works go into the next export.
    const exported = plan;
    const options = { sections, date: localIsoDate() };
    void run('docx', wordExportSteps(exported, options), async (listener) => {
      const draft = await draftStandingNow(getPlanApi(), path, exported).catch(() => null);
      const name = wordFileName(exported, presetMatching(sections));
      return exportWord(exported, { ...options, draft }, name, tools, listener);
    });
  };
  const exportToExcel = () => {
    if (working) return;
    void run('xlsx', excelExportSteps, (listener) =>
      exportExcel(plan, excelFileName(plan), tools, listener),
    );
  };

  return (
    <div className="page page--export">
      <PageHeading>Eksport</PageHeading>
      <p className="lead">
        Lag planen som et Word-dokument til politisk behandling, eller aktivitetsplanen og
        budsjettet som Excel-ark. Planen endres ikke av at du eksporterer.
      </p>
      <div className="export-layout">
        <div className="export-layout__main">
          <ReadinessPanel />
          <section className="export-card" aria-labelledby="word-export-heading">
            <h2 id="word-export-heading">Word-dokument</h2>
            <WordSectionChoice sections={sections} onChange={setSections} />
            <div className="export-card__action">
              <button
                type="button"
                className="button button--primary"
                aria-disabled={working || noSections}
                aria-describedby={noSections ? wordHint : undefined}
                onClick={exportToWord}
              >
                Eksporter til Word
              </button>
              {noSections && (
                <span id={wordHint} className="field__hint">
                  Velg minst én del først.
                </span>
              )}
            </div>
            <ExportStatus kind="docx" state={state} />
          </section>
          <section className="export-card" aria-labelledby="excel-export-heading">
            <h2 id="excel-export-heading">Excel-ark</h2>
            <p>
              Aktivitetsplanen med kostnad per år, budsjettet per år og den flerårige oversikten, i
              tre ark med tall og datoer som Excel kan regne med.
            </p>
            <div className="export-card__action">
              <button
                type="button"
                className="button"
                aria-disabled={working}
                onClick={exportToExcel}
              >
                Eksporter til Excel
              </button>
            </div>
            <ExportStatus kind="xlsx" state={state} />
          </section>
          <ReportExports
            plan={plan}
            tools={reportTools}
            state={state}
            working={working}
            run={run}
          />
        </div>
        <PlanContents plan={plan} />
      </div>
      <GoalChartSection plan={plan} />
    </div>
  );
}
