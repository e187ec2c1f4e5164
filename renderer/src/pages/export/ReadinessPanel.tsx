import { useState } from 'react';
import {
  checkSeverityLabels,
  groupBySeverity,
  type SeverityGroup,
} from '#shared/checks/check-severity';
import { problemDestination } from '../../components/links/problem-links';
import { useNavigation } from '../../shell/navigation';
import { useQualityProblems } from '../../state/use-quality-problems';

/** How many points a group shows before «Vis alle», so the page stays short. */
const FIRST_SHOWN = 6;

const points = (n: number) => (n === 1 ? '1 punkt' : `${n.toLocaleString('nb-NO')} punkter`);

function summaryOf(groups: SeverityGroup[]): string {
  const n = (severity: SeverityGroup['severity']) =>
    groups.find((g) => g.severity === severity)?.problems.length ?? 0;
  const parts = [
    n('stopper') > 0 && `${points(n('stopper'))} som bør rettes`,
    n('viktig') > 0 && `${points(n('viktig'))} som er viktige å se på`,
    n('merknad') > 0 && (n('merknad') === 1 ? '1 merknad' : `${n('merknad')} merknader`),
  ].filter((p): p is string => typeof p === 'string');
  const last = parts.pop();
  return parts.length > 0 ? `${parts.join(', ')} og ${last}` : (last ?? '');
}

function SeverityList({ group }: { group: SeverityGroup }) {
  const { navigate } = useNavigation();
  const [all, setAll] = useState(false);
  const { severity, problems } = group;
  const shown = all ? problems : problems.slice(0, FIRST_SHOWN);
  const headingId = `readiness-${severity}`;
  return (
    <section
      className={`readiness__group readiness__group--${severity}`}
      aria-labelledby={headingId}
    >
      <h3 id={headingId} className="readiness__heading">
        {checkSeverityLabels[severity]}{' '}
        <span className="readiness__count">({problems.length})</span>
      </h3>
      <ul className="readiness__list">
        {shown.map((problem) => {
          const destination = problemDestination(problem);
          return (
            <li key={problem.key}>
              <a
                href={`#${destination.page}`}
                className="readiness__link"
                onClick={(event) => {
                  event.preventDefault();
                  navigate(destination.page, destination.target);
                }}
              >
                {problem.message}
              </a>
            </li>
          );
        })}
      </ul>
      {problems.length > FIRST_SHOWN && (
        <button
          type="button"
          className="button button--quiet button--small readiness__more"
          aria-expanded={all}
          onClick={() => setAll(!all)}
        >
          {all ? 'Vis færre' : `Vis alle ${problems.length}`}
        </button>
      )}
    </section>
  );
}

/**
 * «Klar til politisk behandling?»: what the quality check finds, by how much it matters, each
 * point a link to where it is fixed. It informs and never stops the export: the document itself
 * stays calm about what is missing, and this list is where it is said.
 */
export function ReadinessPanel() {
  const problems = useQualityProblems();
  const { navigate } = useNavigation();
  const groups = groupBySeverity(problems);
  return (
    <section className="export-card readiness" aria-labelledby="readiness-title">
      <h2 id="readiness-title">Klar til politisk behandling?</h2>
      {groups.length === 0 ? (
        <p className="readiness__summary" role="status">
          Kvalitetssjekken finner ingenting å rette. Planen ser klar ut til politisk behandling.
        </p>
      ) : (
        <>
          <p className="readiness__summary" role="status">
            Kvalitetssjekken har {summaryOf(groups)}. Velg et punkt for å gå dit det rettes. Du kan
            eksportere når du vil; dokumentet lages uansett.
          </p>
          {groups.map((group) => (
            <SeverityList key={group.severity} group={group} />
          ))}
          <button
            type="button"
            className="button button--quiet button--small readiness__all"
            onClick={() => navigate('kvalitetssjekk')}
          >
            Se hele kvalitetssjekken
          </button>
        </>
      )}
    </section>
  );
}
