import { useMemo } from 'react';
import {
  buildOrgChartSource,
  describeOrganisation,
  orgChartLegend,
  type OrgChartOptions,
} from '#shared/charts/org-chart-source';
import { ChartExportButtons } from '../../charts/ChartExportButtons';
import { ChartFigure } from '../../charts/ChartFigure';
import { DirectionChoice, directionLabels } from '../../charts/DirectionChoice';
import { useRenderedChart } from '../../charts/use-rendered-chart';
import { usePlan } from '../../state/plan-context';

interface OrgChartPanelProps {
  options: OrgChartOptions;
  onOptions: (options: OrgChartOptions) => void;
}

/** Wider than this (and much wider than tall), a top-down chart gets hard to print and read. */
const WIDE_CHART = 1800;

/** The live organisation chart with its options, legend and export. */
export function OrgChartPanel({ options, onOptions }: OrgChartPanelProps) {
  const { plan } = usePlan();
  // The source is cheap to make; drawing it is what waits until typing pauses.
  const source = useMemo(() => buildOrgChartSource(plan, options), [plan, options]);
  const state = useRenderedChart(source);
  const legend = orgChartLegend(plan);
  const set = (fields: Partial<OrgChartOptions>) => onOptions({ ...options, ...fields });
  const wide =
    options.direction === 'TB' &&
    state.chart !== null &&
    state.chart.width > WIDE_CHART &&
    state.chart.width > 2.5 * state.chart.height;

  return (
    <section className="org-chart-panel" aria-labelledby="org-chart-heading">
      <h2 id="org-chart-heading" className="org-chart-panel__heading">
        Organisasjonskart
      </h2>
      <div className="chart-options">
        <DirectionChoice
          name="org-chart-direction"
          value={options.direction}
          onChange={(direction) => set({ direction })}
        />
        <fieldset className="fieldset">
          <legend className="field__label">Vis i kartet</legend>
          <div className="chart-options__checks">
            {chartChecks.map(({ key, label }) => (
              <label key={key} className="chart-check">
                <input
                  type="checkbox"
                  checked={options[key]}
                  onChange={(e) => set({ [key]: e.target.checked })}
                />
                {label}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      {wide && (
        <div className="notice notice--info chart-hint">
          <p>
            Kartet er svært bredt. For store organisasjoner passer det ofte bedre å tegne kartet{' '}
            {directionLabels.LR.toLowerCase()}.
          </p>
          <button
            type="button"
            className="button button--small"
            onClick={() => set({ direction: 'LR' })}
          >
            Tegn {directionLabels.LR.toLowerCase()}
          </button>
        </div>
      )}
      {source.ok &&
        source.warnings.map((warning) => (
          <p key={warning} className="notice notice--warning">
            {warning}
          </p>
        ))}
      <ChartFigure
        source={source}
        state={state}
        label="Organisasjonskart"
        description={describeOrganisation(plan)}
        emptyHint={<p>Legg til det første leddet til venstre, så tegnes kartet her.</p>}
      >
        {source.ok && (
          <ul className="chart-legend" aria-label="Tegnforklaring">
            {options.colourByType &&
              legend.map((item) => (
                <li key={item.type}>
                  <span
                    className="chart-legend__swatch"
                    style={{ background: item.colour }}
                    aria-hidden="true"
                  />
                  {item.label}
                </li>
              ))}
            <li>
              <span className="chart-legend__line" aria-hidden="true" />
              Rapporterer til
            </li>
            {plan.organisation.some((b) => b.advisesIds.length > 0) && (
              <li>
                <span
                  className="chart-legend__line chart-legend__line--dashed"
                  aria-hidden="true"
                />
                Gir råd til
              </li>
            )}
          </ul>
        )}
      </ChartFigure>
      <ChartExportButtons
        chart={source}
        baseName={`Organisasjonskart – ${plan.info.title.trim() || 'plan'}`}
        what="organisasjonskartet"
      />
    </section>
  );
}

/** What the chart can show or leave out, in the order the options are offered. */
const chartChecks = [
  { key: 'showMembers', label: 'Medlemmer' },
  { key: 'showResponsibilities', label: 'Ansvar' },
  { key: 'colourByType', label: 'Farge etter type' },
] as const;
