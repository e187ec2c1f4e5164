import { Fragment } from 'react';
import type { QualityProblem } from '#shared/checks/quality-checks';
import {
  SHARED_PROJECTS_HEADING,
  areaMeasureGroups,
  measureDisplayCode,
} from '#shared/plan/measure-groups';
import { countedMeasures, financedByText, isLedByOther } from '#shared/budget/counted-measures';
import { costOverYears } from '#shared/budget/financing';
import { formatKroner } from '#shared/format/numbers';
import { areaLineLabel } from '#shared/budget/counted-lines';
import { areaLineTarget } from '#shared/checks/budget-checks';
import type { Plan } from '#shared/model/plan';
import type { FocusArea } from '#shared/model/strategies';
import { usePlan } from '../../state/plan-context';
import { useNavigation } from '../../shell/navigation';
import { CostLineEditor } from '../../components/money/CostLineEditor';

interface MeasureBudgetsProps {
  years: number[];
  openAreas: Set<string>;
  onToggle: (areaId: string, open: boolean) => void;
  onToggleAll: (open: boolean) => void;
  problems: QualityProblem[];
}

/** Cost and financing of every measure, one collapsible section per focus area. */
export function MeasureBudgets({
  years,
  openAreas,
  onToggle,
  onToggleAll,
  problems,
}: MeasureBudgetsProps) {
  const { plan, edit } = usePlan();
  const { navigate } = useNavigation();
  const { sources, defaultSplit } = plan.budget;

  if (plan.focusAreas.length === 0) {
    return (
      <p>
        Planen har ingen satsningsområder ennå. Tiltak og satsningsområder legger du inn under{' '}
        <NavLink onClick={() => navigate('satsningsomrader')}>Satsningsområder og tiltak</NavLink>.
      </p>
    );
  }

  return (
    <>
      <div className="button-row area-toggles">
        <button type="button" className="button button--small" onClick={() => onToggleAll(true)}>
          Vis alle satsningsområder
        </button>
        <button type="button" className="button button--small" onClick={() => onToggleAll(false)}>
          Skjul alle
        </button>
      </div>
      {plan.focusAreas.map((area) => {
        const groups = areaMeasureGroups(plan, area.id);
        const measures = groups.flatMap((g) => g.measures);
        const open = openAreas.has(area.id);
        const panelId = `area-${area.id}-budget`;
        const name = `${area.code} ${area.title}`.trim() || 'Satsningsområde uten navn';
        return (
          <section key={area.id} className="area-budget" aria-labelledby={`${panelId}-heading`}>
            <h3 className="area-budget__heading" id={`${panelId}-heading`}>
              <button
                type="button"
                className="disclosure"
                aria-expanded={open}
                aria-controls={panelId}
                onClick={() => onToggle(area.id, !open)}
              >
                <span className="disclosure__icon" aria-hidden="true">
                  {open ? '▾' : '▸'}
                </span>
                {name}
              </button>
            </h3>
            <p className="area-budget__summary">{areaSummary(area, measures, years, problems)}</p>
            <div id={panelId} hidden={!open}>
              {open && (
                <CostLineEditor
                  entityId={areaLineTarget(area.id)}
                  measureId={null}
                  focusAreaId={area.id}
                  title={areaLineLabel(area)}
                  line={area.budget}
                  sources={sources}
                  defaultSplit={defaultSplit}
                  years={years}
                  edit={edit}
                  note="For kostnader som gjelder hele satsningsområdet og ikke fordeles på tiltakene. Har linjen en kostnad, spør ikke Kvalitetssjekk etter kostnad på hvert tiltak."
                />
              )}
              {open &&
                (measures.length === 0 ? (
                  <p className="muted">
                    Ingen tiltak i dette satsningsområdet ennå. Tiltak legger du til under{' '}
                    <NavLink onClick={() => navigate('satsningsomrader')}>
                      Satsningsområder og tiltak
                    </NavLink>
                    .
                  </p>
                ) : (
                  groups.map((group) => (
                    <Fragment key={group.kind}>
                      {group.kind === 'shared' && group.measures.length > 0 && (
                        <h4 className="measure-group-heading">{SHARED_PROJECTS_HEADING}</h4>
                      )}
                      {group.measures.map((m) => (
                        <CostLineEditor
                          key={m.id}
                          entityId={m.id}
                          measureId={m.id}
                          title={
                            `${measureDisplayCode(plan, m)} ${m.title}`.trim() || 'Tiltak uten navn'
                          }
                          line={m.budget}
                          sources={sources}
                          defaultSplit={defaultSplit}
                          years={years}
                          edit={edit}
                          notCounted={
                            isLedByOther(m)
                              ? `Felles prosjekt, ${financedByText(m)}. Beløpene vises i aktivitetstabellen, men er ikke med i summene i denne planen.`
                              : undefined
                          }
                        />
                      ))}
                    </Fragment>
                  ))
                ))}
            </div>
          </section>
        );
      })}
    </>
  );
}

function areaSummary(
  area: FocusArea,
  measures: Plan['measures'],
  years: number[],
  problems: QualityProblem[],
): string {
  const led = measures.length - countedMeasures(measures).length;
  // The area's own line and its counted measures, as every table sums them.
  const areaCost = costOverYears(area.budget, years);
  const cost = countedMeasures(measures).reduce(
    (sum, m) => sum + costOverYears(m.budget, years),
    areaCost,
  );
  const ids = new Set(measures.map((m) => m.id));
  const off = new Set(
    problems.filter((p) => p.entityId && ids.has(p.entityId)).map((p) => p.entityId),
  ).size;
  const areaOff = problems.some((p) => p.entityId === areaLineTarget(area.id));
  if (measures.length === 0 && areaCost === 0) return 'Ingen tiltak';
  return [
    measures.length === 0 ? 'ingen tiltak' : `${measures.length} tiltak`,
    cost > 0 ? `${formatKroner(cost)} i perioden` : 'ingen kostnad ført',
    areaCost > 0 ? `av dette ${formatKroner(areaCost)} felles` : '',
    areaOff ? 'den felles linjen går ikke opp' : '',
    off > 0 ? `${off} tiltak går ikke opp` : cost > 0 && !areaOff ? 'alt går opp' : '',
    led > 0 ? `${led} ledet av annen bydel, ikke med i summen` : '',
  ]
    .filter(Boolean)
    .join(' · ')
    .replace(/^./, (c) => c.toLocaleUpperCase('nb'));
}

/** Goes to another page; a link, since it takes the user somewhere. */
export function NavLink({ onClick, children }: { onClick: () => void; children: string }) {
  return (
    <a
      href="#"
      onClick={(event) => {
        event.preventDefault();
        onClick();
      }}
    >
      {children}
    </a>
  );
}
