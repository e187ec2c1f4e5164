import { useMemo, useState } from 'react';
import { buildGoalChartSource, describeGoalStructure } from '#shared/charts/goal-chart-source';
import type { ChartDirection } from '#shared/charts/org-chart-source';
import type { Plan } from '#shared/model/plan';
import { ChartExportButtons } from './ChartExportButtons';
import { ChartFigure } from './ChartFigure';
import { DirectionChoice } from './DirectionChoice';
import { useRenderedChart } from './use-rendered-chart';

/** "Målstruktur": vision → main goals → strategies → focus areas, drawn and saved as files. */
export function GoalChartSection({ plan }: { plan: Plan }) {
  const [direction, setDirection] = useState<ChartDirection>('TB');
  const source = useMemo(() => buildGoalChartSource(plan, direction), [plan, direction]);
  const state = useRenderedChart(source);
  return (
    <section className="chart-section" aria-labelledby="goal-chart-heading">
      <h2 id="goal-chart-heading">Målstruktur</h2>
      <p className="muted">
        Visjonen, hovedmålene, strategiene og satsningsområdene som et diagram, til Word-dokumentet
        og til verksteder. Stiplete linjer viser strategier og satsningsområder som ikke er knyttet
        til et mål eller en strategi ennå.
      </p>
      <DirectionChoice name="goal-chart-direction" value={direction} onChange={setDirection} />
      <ChartFigure
        source={source}
        state={state}
        label="Målstruktur"
        description={describeGoalStructure(plan)}
      />
      <ChartExportButtons
        chart={source}
        baseName={`Målstruktur – ${plan.info.title.trim() || 'plan'}`}
        what="målstrukturen"
      />
    </section>
  );
}
