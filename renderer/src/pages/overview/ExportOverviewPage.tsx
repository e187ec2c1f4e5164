import { formatDate } from '../../../../shared/format/dates';
import { planStatusLabels } from '../../../../shared/model/plan-info';
import { GoalChartSection } from '../../charts/GoalChartSection';
import { usePlan } from '../../state/plan-context';
import { OverviewIntro } from './OverviewIntro';

export function ExportOverviewPage() {
  const { plan } = usePlan();
  const subGoals = plan.mainGoals.flatMap((g) => g.subGoals);
  const resultGoals = subGoals.flatMap((s) => s.resultGoals);
  const unmeasured = resultGoals.filter((r) => !r.indicator).length;
  const { info } = plan;
  return (
    <div className="page">
      <OverviewIntro title="Eksport">
        Her skal dere kunne lage planen som et Word-dokument til politisk behandling, med kapitler,
        måltabeller, aktivitetsplan, budsjett og organisasjonskart. Eksporten er ikke ferdig ennå.
        Under ser du hva planen har som kommer med i dokumentet.
      </OverviewIntro>
      <dl className="facts facts--wide">
        <dt>Tittel</dt>
        <dd>{info.title || 'Ingen tittel'}</dd>
        <dt>Periode</dt>
        <dd>
          {info.periodStart}–{info.periodEnd}, versjon {info.version || 'ikke satt'}
        </dd>
        <dt>Status</dt>
        <dd>
          {planStatusLabels[info.status]}
          {info.status === 'vedtatt' && info.adoptedDate
            ? ` ${formatDate(info.adoptedDate)}${info.adoptedBy ? ` av ${info.adoptedBy}` : ''}`
            : ''}
        </dd>
        <dt>Mål</dt>
        <dd>
          {plan.mainGoals.length} hovedmål, {subGoals.length} delmål, {resultGoals.length}{' '}
          resultatmål
          {unmeasured > 0 ? ` (${unmeasured} mangler målbar indikator)` : ''}
        </dd>
        <dt>Strategier</dt>
        <dd>{plan.strategies.length}</dd>
        <dt>Satsningsområder</dt>
        <dd>{plan.focusAreas.length}</dd>
        <dt>Tiltak</dt>
        <dd>{plan.measures.length}</dd>
        <dt>Målgrupper</dt>
        <dd>{plan.targetGroups.length}</dd>
        <dt>Organisasjonsledd</dt>
        <dd>{plan.organisation.length}</dd>
      </dl>
      <h3>Kapitler</h3>
      {plan.chapters.length === 0 ? (
        <p>Planen har ingen kapitler med fritekst ennå.</p>
      ) : (
        <ol className="plain-list">
          {plan.chapters.map((chapter) => (
            <li key={chapter.id}>{chapter.title}</li>
          ))}
        </ol>
      )}
      <GoalChartSection plan={plan} />
    </div>
  );
}
