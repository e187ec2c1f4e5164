import { Fragment } from 'react';
import type { QualityProblem } from '#shared/checks/quality-checks';
import {
  SHARED_PROJECTS_HEADING,
  areaMeasureGroups,
  measureDisplayCode,
} from '#shared/plan/measure-groups';
import { countedMeasures, financedByText, isLedByOther } from '#shared/budget/counted-measures';
import { costInYear } from '#shared/budget/financing';
import { formatKroner } from '#shared/format/numbers';
import type { Plan } from '#shared/model/plan';
import { usePlan } from '../../state/plan-context';
import { useNavigation } from '../../shell/navigation';
import { CostLineEditor } from './CostLineEditor';

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
            <p className="area-budget__summary">{areaSummary(measures, years, problems)}</p>
            <div id={panelId} hidden={!open}>
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
  measures: Plan['measures'],
  years: number[],
  problems: QualityProblem[],
): string {
  if (measures.length === 0) return 'Ingen tiltak';
  const led = measures.length - countedMeasures(measures).length;
  const cost = countedMeasures(measures).reduce(
    (sum, m) => sum + years.reduce((s, year) => s + costInYear(m.budget, year), 0),
    0,
  );
  const ids = new Set(measures.map((m) => m.id));
  const off = new Set(
    problems.filter((p) => p.entityId && ids.has(p.entityId)).map((p) => p.entityId),
  ).size;
  return [
    `${measures.length} tiltak`,
    cost > 0 ? `${formatKroner(cost)} i perioden` : 'ingen kostnad ført',
    off > 0 ? `${off} tiltak går ikke opp` : cost > 0 ? 'alt går opp' : '',
    led > 0 ? `${led} ledet av annen bydel, ikke med i summen` : '',
  ]
    .filter(Boolean)
    .join(' · ');
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
