import '../../styles/quality.css';
import { useState } from 'react';
import type { QualityProblem } from '#shared/checks/quality-checks';
import { PageHeading } from '../../components/PageHeading';
import { useNavigation } from '../../shell/navigation';
import { useSessionSnapshot } from '../../state/plan-context';
import { planPages, type PageId } from '../../shell/pages';
import { problemDestination, problemKindLabels } from '../../components/links/problem-links';
import { useQualityProblems } from '../../state/use-quality-problems';

type Grouping = 'part' | 'kind';

interface Group {
  key: string;
  heading: string;
  problems: QualityProblem[];
}

const pageLabel = (page: PageId) => planPages.find((p) => p.id === page)!.label;

function groupProblems(problems: QualityProblem[], grouping: Grouping): Group[] {
  if (grouping === 'kind') {
    return Object.entries(problemKindLabels)
      .map(([kind, heading]) => ({
        key: kind,
        heading,
        problems: problems.filter((p) => p.kind === kind),
      }))
      .filter((g) => g.problems.length > 0);
  }
  return planPages
    .map((page) => ({
      key: page.id,
      heading: page.label,
      problems: problems.filter((p) => problemDestination(p).page === page.id),
    }))
    .filter((g) => g.problems.length > 0);
}

/** Things to look at, not «problemer»: most are a part not written yet, not something wrong. */
const count = (n: number) => `${n.toLocaleString('nb-NO')} ting å se på`;

export function QualityPage() {
  const problems = useQualityProblems();
  const { plan } = useSessionSnapshot();
  const { navigate } = useNavigation();
  const [grouping, setGrouping] = useState<Grouping>('part');
  const groups = groupProblems(problems, grouping);

  return (
    <div className="page quality">
      <PageHeading>Kvalitetssjekk</PageHeading>
      <p className="lead">
        Det en nøye leser vil se etter før planen går til politisk behandling. Listen oppdateres
        mens dere arbeider. Velg et punkt for å gå dit det rettes.
      </p>

      {problems.length === 0 ? (
        <div className="quality-clear" role="status">
          <h2 className="quality-clear__title">
            <span aria-hidden="true" className="quality-clear__mark">
              ✓
            </span>
            Ingenting å se på
          </h2>
          <p>
            Kvalitetssjekken ser etter tiltak uten ansvarlig, datoer, forventet resultat eller
            kostnad, mål uten målbar indikator, strategier, satsningsområder og målgrupper som ingen
            tiltak bruker, og budsjett som ikke går opp.
            {plan.measures.length === 0 && ' Planen har ingen tiltak ennå.'}
          </p>
        </div>
      ) : (
        <>
          <div className="quality-summary">
            <p className="quality-summary__count" role="status">
              {count(problems.length)}
            </p>
            <fieldset className="fieldset quality-grouping">
              <legend className="field__label field__label--small">Grupper etter</legend>
              <div className="radio-row">
                {(
                  [
                    ['part', 'Del av planen'],
                    ['kind', 'Hva det gjelder'],
                  ] as const
                ).map(([value, label]) => (
                  <label key={value} className="radio">
                    <input
                      type="radio"
                      name="quality-grouping"
                      value={value}
                      checked={grouping === value}
                      onChange={() => setGrouping(value)}
                    />
                    {label}
                  </label>
                ))}
              </div>
            </fieldset>
          </div>
          {groups.map((group) => (
            <section
              key={group.key}
              className="quality-group"
              aria-labelledby={`quality-${group.key}`}
            >
              <h2 id={`quality-${group.key}`} className="quality-group__heading">
                {group.heading}{' '}
                <span className="quality-group__count">({group.problems.length})</span>
              </h2>
              <ul className="quality-list">
                {group.problems.map((problem) => {
                  const destination = problemDestination(problem);
                  return (
                    <li key={problem.key}>
                      <a
                        href={`#${destination.page}`}
                        className="quality-list__link"
                        onClick={(event) => {
                          event.preventDefault();
                          navigate(destination.page, destination.target);
                        }}
                      >
                        {problem.message}
                      </a>
                      {grouping === 'kind' && (
                        <span className="quality-list__where">
                          {' '}
                          – {pageLabel(destination.page)}
                        </span>
                      )}
                    </li>
                  );
                })}
              </ul>
            </section>
          ))}
        </>
      )}
    </div>
  );
}
