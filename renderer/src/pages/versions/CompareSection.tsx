import { useMemo } from 'react';
import { localIsoDate } from '#shared/format/local-date';
import type { Plan } from '#shared/model/plan';
import type { PlanHistoryView, VersionSummary } from '#shared/model/plan-history';
import { comparePlans } from '#shared/plan/compare/compare-plans';
import type { ChangeCounts } from '#shared/plan/compare/plan-comparison';
import { Field } from '../../components/Field';
import { ExportStatus } from '../../components/export/ExportStatus';
import { useExportRunner } from '../../components/export/use-export-runner';
import { appChangesExportTools, changesExportSteps, exportChanges } from './changes-export-run';
import { ComparisonView } from './ComparisonView';
import { formatLongDate } from '#shared/format/dates';
import { versionLabel } from '#shared/plan/history/version-labels';
import { useVersionPlan, type VersionPlanState } from '../../state/use-version-plan';

/** The draft as it is now, beside the recorded versions' ids. */
export const NOW = 'now';

export interface CompareChoice {
  from: string;
  to: string;
}

interface CompareSectionProps {
  path: string;
  plan: Plan;
  history: PlanHistoryView;
  choice: CompareChoice;
  onChoose: (choice: CompareChoice) => void;
}

/** «Versjon 1.0 (vedtatt 12. mars 2027)» in the choice of what to compare. */
function optionLabel(version: VersionSummary): string {
  if (version.kind === 'set-aside') return `Versjon ${version.number} (lagt til side)`;
  const date = version.adoptedDate ? ` ${formatLongDate(version.adoptedDate)}` : '';
  return `Versjon ${version.number} (vedtatt${date})`;
}

/** How a side is named in the Word document. */
function sideLabel(id: string, history: PlanHistoryView): string {
  const version = history.versions.find((v) => v.id === id);
  if (!version) {
    const today = formatLongDate(localIsoDate());
    return history.draftNumber
      ? `Utkast til versjon ${history.draftNumber}, ${today}`
      : `Utkastet slik det er ${today}`;
  }
  return versionLabel(version);
}

const changesText = (total: ChangeCounts) => {
  const n = total.added + total.changed + total.removed + total.moved;
  return n === 0 ? 'Ingen forskjeller.' : `${n} ${n === 1 ? 'forskjell' : 'forskjeller'}.`;
};

/** «Endringer siden vedtak – Bydel Fjellstad». */
const changesFileName = (plan: Plan) =>
  `Endringer siden vedtak – ${plan.info.title.trim() || 'Boligsosial handlingsplan'}`;

const planOf = (state: VersionPlanState | null, now: Plan): Plan | null =>
  state === null ? now : state.phase === 'ready' ? state.plan : null;

/** Sammenlign: any two of the recorded versions and the draft, and the Word document of it. */
export function CompareSection({ path, plan, history, choice, onChoose }: CompareSectionProps) {
  const fromState = useVersionPlan(path, choice.from === NOW ? null : choice.from);
  const toState = useVersionPlan(path, choice.to === NOW ? null : choice.to);
  const fromPlan = planOf(fromState, plan);
  const toPlan = planOf(toState, plan);
  const comparison = useMemo(
    () => (fromPlan && toPlan ? comparePlans(fromPlan, toPlan) : null),
    [fromPlan, toPlan],
  );
  const { state, run, working } = useExportRunner();
  const tools = useMemo(() => appChangesExportTools(), []);
  const failure = [fromState, toState].find((s) => s?.phase === 'failed');
  const versions = [...history.versions].reverse();

  const makeWord = () => {
    if (working || !comparison || !toPlan) return;
    const input = {
      plan: toPlan,
      comparison,
      fromLabel: sideLabel(choice.from, history),
      toLabel: sideLabel(choice.to, history),
      today: localIsoDate(),
    };
    void run('changesDocx', changesExportSteps, (listener) =>
      exportChanges(input, changesFileName(toPlan), tools, listener),
    );
  };

  const select = (side: keyof CompareChoice, label: string) => (
    <Field label={label}>
      {(control) => (
        <select
          {...control}
          className="input input--select"
          value={choice[side]}
          onChange={(e) => onChoose({ ...choice, [side]: e.target.value })}
        >
          {versions.map((version) => (
            <option key={version.id} value={version.id}>
              {optionLabel(version)}
            </option>
          ))}
          <option value={NOW}>Nå (utkast)</option>
        </select>
      )}
    </Field>
  );

  return (
    <>
      <div className="compare-choice">
        {select('from', 'Fra')}
        {select('to', 'Til')}
      </div>
      <p role="status" className="visually-hidden">
        {comparison ? changesText(comparison.total) : ''}
      </p>
      <div>
        {failure?.phase === 'failed' ? (
          <p className="notice notice--error">Versjonen kunne ikke leses: {failure.message}</p>
        ) : comparison ? (
          <ComparisonView comparison={comparison} />
        ) : (
          <p className="muted">Henter versjonen …</p>
        )}
      </div>
      <div className="export-card__action">
        <button
          type="button"
          className="button button--primary"
          aria-disabled={working || !comparison}
          onClick={makeWord}
        >
          Lag Word-dokument: Endringer siden vedtak
        </button>
      </div>
      <ExportStatus kind="changesDocx" state={state} />
    </>
  );
}
