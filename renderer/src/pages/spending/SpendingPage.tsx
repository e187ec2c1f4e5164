import { areaLineLabel, lineHasMoney } from '#shared/budget/counted-lines';
import { financedByText, isLedByOther } from '#shared/budget/counted-measures';
import { areaLineTarget } from '#shared/checks/budget-checks';
import { Fragment, useMemo, useState } from 'react';
import { programmeYears } from '#shared/budget/budget-tables';
import { signedKroner } from '#shared/budget/deviation-words';
import type { MoneyFigure } from '#shared/budget/spending';
import { spendingInYear } from '#shared/follow-up/spending-summary';
import { formatKroner } from '#shared/format/numbers';
import { localIsoDate } from '#shared/format/local-date';
import { PageHeading } from '../../components/PageHeading';
import {
  SHARED_PROJECTS_HEADING,
  areaMeasureGroups,
  measureDisplayCode,
} from '#shared/plan/measure-groups';
import { PlanLink } from '../../components/links/PlanLink';
import { defaultYear, YearPicker } from '../../components/YearPicker';
import { usePlanSession, useSessionSnapshot } from '../../state/plan-context';
import { useNavigation, useRevealTarget } from '../../shell/navigation';
import { SpendingLine } from './SpendingLine';
import '../../styles/budget.css';
import '../../styles/overview.css';
import '../../styles/follow-up.css';
import { MoneyCells, MoneyHeaderCells } from '../../components/money/MoneyCells';

/** The year in a link's field (`spent-2028`), so a link from Kvalitetssjekk opens that year. */
const yearOfField = (field: string | undefined) => {
  const match = /^spent-(\d{4})$/.exec(field ?? '');
  return match ? Number(match[1]) : null;
};

/**
 * Regnskap: what was spent per year and financing source, beside the budget, for programme
 * management and every measure, with the deviation in kroner, percent and words.
 */
export function SpendingPage() {
  const session = usePlanSession();
  const { plan } = useSessionSnapshot();
  const { target } = useNavigation();
  const { periodStart, periodEnd } = plan.info;
  const years = useMemo(() => programmeYears(plan), [periodStart, periodEnd]); // eslint-disable-line react-hooks/exhaustive-deps
  const [chosen, setChosen] = useState<number | null>(null);
  const linked = yearOfField(target?.field);
  if (linked !== null && linked !== chosen && years.includes(linked)) setChosen(linked);
  const year =
    chosen !== null && years.includes(chosen) ? chosen : defaultYear(years, localIsoDate());
  useRevealTarget();
  const summary = useMemo(() => (year === null ? null : spendingInYear(plan, year)), [plan, year]);
  const { sources, defaultSplit } = plan.budget;

  if (year === null || summary === null) {
    return (
      <div className="page">
        <PageHeading>Regnskap</PageHeading>
        <p>
          Planen har ingen programperiode ennå. Perioden setter du under{' '}
          <PlanLink page="om-planen">Om planen</PlanLink>.
        </p>
      </div>
    );
  }

  return (
    <div className="page page--spending">
      <PageHeading>Regnskap</PageHeading>
      <p className="lead">
        Hva som er brukt per år og finansieringskilde, ved siden av budsjettet. Beløpet lagres når
        du trykker Enter eller går videre til neste felt. Budsjettet hentes fra{' '}
        <PlanLink page="budsjett">Budsjett</PlanLink>.
      </p>
      <YearPicker years={years} value={year} onChange={setChosen} label="År" />

      <section className="follow-up-section" aria-labelledby="spending-summary">
        <h2 id="spending-summary">Sum for {year}</h2>
        <SummaryTable
          year={year}
          rows={[
            { key: 'programledelse', label: 'Programledelse', figure: summary.programmeManagement },
            ...summary.areas.map((a) => ({ key: a.focusAreaId, label: a.name, figure: a.sum })),
          ]}
          total={summary.total}
        />
      </section>

      <section className="follow-up-section" aria-labelledby="spending-management">
        <h2 id="spending-management">Programledelse</h2>
        <SpendingLine
          entityId="programledelse"
          measureId={null}
          title="Programledelse"
          labelledBy="spending-management"
          budget={plan.budget.programmeManagement}
          spent={plan.budget.programmeManagementSpent}
          sources={sources}
          defaultSplit={defaultSplit}
          year={year}
          edit={session.edit}
        />
      </section>

      {plan.focusAreas.length === 0 && (
        <p>
          Planen har ingen satsningsområder ennå. Dem legger du inn under{' '}
          <PlanLink page="satsningsomrader">Satsningsområder og tiltak</PlanLink>.
        </p>
      )}
      {summary.areas.map((area) => {
        const groups = areaMeasureGroups(plan, area.focusAreaId);
        const measures = groups.flatMap((g) => g.measures);
        const headingId = `spending-area-${area.focusAreaId}`;
        const focusArea = plan.focusAreas.find((f) => f.id === area.focusAreaId)!;
        // The area's own line only where it is used, so an area budgeted per measure reads as
        // before.
        const withAreaLine = lineHasMoney(focusArea.budget) || focusArea.spent.length > 0;
        const lineCount = measures.length + (withAreaLine ? 1 : 0);
        return (
          <section key={area.focusAreaId} className="follow-up-section" aria-labelledby={headingId}>
            <h2 id={headingId}>{area.name}</h2>
            {withAreaLine && (
              <SpendingLine
                entityId={areaLineTarget(focusArea.id)}
                measureId={null}
                focusAreaId={focusArea.id}
                title={areaLineLabel(focusArea)}
                budget={focusArea.budget}
                spent={focusArea.spent}
                sources={sources}
                defaultSplit={defaultSplit}
                year={year}
                edit={session.edit}
              />
            )}
            {measures.length === 0 && (
              <p className="muted">Ingen tiltak i dette satsningsområdet.</p>
            )}
            {groups.map((group) => (
              <Fragment key={group.kind}>
                {group.kind === 'shared' && group.measures.length > 0 && (
                  <h3 className="measure-group-heading">{SHARED_PROJECTS_HEADING}</h3>
                )}
                {group.measures.map((m) => (
                  <SpendingLine
                    key={m.id}
                    entityId={m.id}
                    measureId={m.id}
                    title={`${measureDisplayCode(plan, m)} ${m.title}`.trim() || 'Tiltak uten navn'}
                    budget={m.budget}
                    spent={m.spent}
                    sources={sources}
                    defaultSplit={defaultSplit}
                    year={year}
                    edit={session.edit}
                    notCounted={
                      isLedByOther(m)
                        ? `Felles prosjekt, ${financedByText(m)}. Ikke med i summene i denne planen.`
                        : undefined
                    }
                  />
                ))}
              </Fragment>
            ))}
            {lineCount > 1 && (
              <p className="spending-area-sum">
                <strong>Sum {area.name}:</strong> budsjett {formatKroner(area.sum.budget)}, brukt{' '}
                {formatKroner(area.sum.spent)}, avvik {signedKroner(area.sum.deviation)}.
              </p>
            )}
          </section>
        );
      })}
    </div>
  );
}

interface SummaryRow {
  key: string;
  label: string;
  figure: MoneyFigure;
}

/** Budget against spending for the year: programme management, each focus area and the sum. */
function SummaryTable({
  year,
  rows,
  total,
}: {
  year: number;
  rows: SummaryRow[];
  total: MoneyFigure;
}) {
  return (
    <div
      className="table-wrap"
      tabIndex={0}
      role="region"
      aria-labelledby="spending-summary-caption"
    >
      <table className="table follow-up-table" data-testid="spending-summary">
        <caption id="spending-summary-caption">
          Budsjett og regnskap {year}. Avvik er brukt minus budsjett; pluss betyr brukt mer enn
          budsjettert.
        </caption>
        <thead>
          <tr>
            <th scope="col">Linje</th>
            <MoneyHeaderCells />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <MoneyCells figure={row.figure} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Sum {year}</th>
            <MoneyCells figure={total} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
