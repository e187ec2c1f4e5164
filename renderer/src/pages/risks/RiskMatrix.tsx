import { riskLevelLabels, type Risk } from '#shared/model/chapters';
import {
  consequenceColumns,
  likelihoodRows,
  riskLevelOf,
  riskLevelWords,
  risksInCell,
} from '#shared/plan/risk-levels';
import { useSessionSnapshot } from '../../state/plan-context';
import { riskIdBase } from './risk-ids';

/** Puts the cursor in the risk's title, with the risk in view. */
function goToRisk(risk: Risk) {
  const title = document.getElementById(`${riskIdBase(risk.id)}-title`);
  title?.scrollIntoView({ block: 'center' });
  title?.focus();
}

/**
 * Likelihood × consequence, each risk by its number in its cell. Every cell says its level in
 * words and the axes are written out, so the matrix reads the same in grey print, on a projector
 * and to a screen reader; the colours only repeat what the words say.
 */
export function RiskMatrix() {
  const { plan } = useSessionSnapshot();
  const risks = plan.risks;
  return (
    <section className="risk-matrix-section" aria-labelledby="risk-matrix-heading">
      <h2 id="risk-matrix-heading">Risikomatrise</h2>
      <p className="muted">
        Sannsynlighet nedover, konsekvens bortover. Velg en risiko i matrisen for å gå til den.
      </p>
      <table className="risk-matrix">
        <caption className="visually-hidden">
          Risikomatrise: risikoene etter sannsynlighet og konsekvens
        </caption>
        <colgroup>
          <col className="risk-matrix__axis-column" />
          <col span={3} />
        </colgroup>
        <thead>
          <tr>
            <td className="risk-matrix__corner" />
            <th scope="colgroup" colSpan={3} className="risk-matrix__axis">
              Konsekvens
            </th>
          </tr>
          <tr>
            <th scope="col" className="risk-matrix__axis">
              Sannsynlighet
            </th>
            {consequenceColumns.map((consequence) => (
              <th key={consequence} scope="col" className="risk-matrix__head">
                <span className="visually-hidden">Konsekvens </span>
                {riskLevelLabels[consequence]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {likelihoodRows.map((likelihood) => (
            <tr key={likelihood}>
              <th scope="row" className="risk-matrix__head">
                <span className="visually-hidden">Sannsynlighet </span>
                {riskLevelLabels[likelihood]}
              </th>
              {consequenceColumns.map((consequence) => {
                const level = riskLevelOf(likelihood, consequence);
                const inCell = risksInCell(risks, likelihood, consequence);
                return (
                  <td key={consequence} className={`risk-matrix__cell risk-matrix__cell--${level}`}>
                    <span className="risk-matrix__level">{riskLevelWords[level]}</span>
                    {inCell.length > 0 ? (
                      <ul className="risk-matrix__risks">
                        {inCell.map(({ risk, number }) => (
                          <li key={risk.id}>
                            <button
                              type="button"
                              className="risk-matrix__risk"
                              onClick={() => goToRisk(risk)}
                            >
                              <span className="risk-matrix__number">{number}</span>{' '}
                              <span className="risk-matrix__title">
                                {risk.title.trim() || `Risiko ${number}`}
                              </span>
                            </button>
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <span className="risk-matrix__empty">Ingen</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
