import { measureLabel } from '../../../../shared/plan/labels';
import { usePlan } from '../../state/plan-context';
import { OverviewIntro } from './OverviewIntro';

export function FocusAreasOverviewPage() {
  const { plan } = usePlan();
  return (
    <div className="page">
      <OverviewIntro title="Satsningsområder og tiltak">
        Her skal dere kunne beskrive satsningsområdene og legge inn tiltakene i hvert av dem: kode,
        beskrivelse, forventet resultat, ansvarlig, samarbeidspartnere, målgrupper, periode, status
        og kostnad. Siden er ikke ferdig ennå, så ingenting kan endres her. Under ser du
        satsningsområdene planen har nå.
      </OverviewIntro>
      {plan.focusAreas.length === 0 ? (
        <p>Planen har ingen satsningsområder ennå.</p>
      ) : (
        <ol className="overview-list">
          {plan.focusAreas.map((area) => {
            const strategies = plan.strategies.filter((s) => area.strategyIds.includes(s.id));
            const goals = plan.mainGoals.filter((g) => g.focusAreaId === area.id);
            const measures = plan.measures.filter((m) => m.focusAreaId === area.id);
            return (
              <li key={area.id}>
                <h3 className="overview-list__title">
                  {area.code} {area.title}
                </h3>
                {area.description && <p>{area.description}</p>}
                <dl className="facts">
                  <dt>Strategier</dt>
                  <dd>
                    {strategies.length > 0
                      ? strategies.map((s) => `${s.code} ${s.title}`).join(', ')
                      : 'Ingen valgt'}
                  </dd>
                  <dt>Hovedmål</dt>
                  <dd>{goals.length > 0 ? goals.map((g) => g.title).join('; ') : 'Ingen'}</dd>
                  <dt>Tiltak</dt>
                  <dd>
                    {measures.length > 0
                      ? measures.map((m) => measureLabel(m)).join('; ')
                      : 'Ingen tiltak ennå'}
                  </dd>
                </dl>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
