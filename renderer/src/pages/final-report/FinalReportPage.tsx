import { formatDate } from '#shared/format/dates';
import type { FinalReportArea } from '#shared/model/final-report';
import {
  setFinalReportSubmitted,
  updateFinalReportArea,
  updateFinalReportSummary,
} from '#shared/plan/final-report-operations';
import { DraftTextField } from '../../components/DraftTextField';
import { PageHeading } from '../../components/PageHeading';
import { usePlanSession, useSessionSnapshot } from '../../state/plan-context';
import { AreaFigures } from './AreaFigures';
import { IndicatorAchievement } from './IndicatorAchievement';
import { ProgrammeMoney } from './ProgrammeMoney';
import '../../styles/status-reports.css';

type AreaText = keyof Omit<FinalReportArea, 'focusAreaId'>;

const areaTexts: { key: AreaText; label: string; hint: string }[] = [
  { key: 'facts', label: 'Tall og fakta', hint: 'Hva tallene ved siden av viser.' },
  { key: 'assessment', label: 'Vurdering', hint: 'Hvordan gikk det, og hvorfor?' },
  { key: 'improvements', label: 'Forbedringer', hint: 'Hva er blitt bedre for innbyggerne?' },
  {
    key: 'recommendations',
    label: 'Anbefalinger videre',
    hint: 'Hva bør videreføres eller gjøres annerledes?',
  },
];

/**
 * Sluttrapport at the end of the programme period: the group's texts per focus area, with the
 * figures filled in from the plan beside them.
 */
export function FinalReportPage() {
  const session = usePlanSession();
  const { plan } = useSessionSnapshot();
  const report = plan.finalReport;
  const submitted = report?.submittedDate ?? null;
  const textOf = (focusAreaId: string, key: AreaText) =>
    report?.areas.find((a) => a.focusAreaId === focusAreaId)?.[key] ?? '';

  return (
    <div className="page page--final-report">
      <PageHeading>Sluttrapport</PageHeading>
      <p className="lead">
        Rapporten ved slutten av programperioden. Dere skriver vurderingene; tallene ved siden av
        hentes fra planen, statusrapportene og regnskapet.
      </p>
      <div className="button-row">
        {submitted ? (
          <>
            <p className="final-submitted">Markert som ferdig {formatDate(submitted)}</p>
            <button
              type="button"
              className="button button--quiet button--small"
              onClick={() => session.edit((p) => setFinalReportSubmitted(p, false))}
            >
              Fjern ferdig-markeringen
            </button>
          </>
        ) : (
          <button
            type="button"
            className="button"
            onClick={() => session.edit((p) => setFinalReportSubmitted(p, true))}
          >
            Marker som ferdig
          </button>
        )}
      </div>

      <section className="form-section" aria-labelledby="final-summary">
        <h2 id="final-summary">Sammendrag</h2>
        <DraftTextField
          id="final-report-summary"
          label="Sammendrag"
          multiline
          rows={4}
          value={report?.summary ?? ''}
          onChange={(summary) =>
            session.edit((p) => updateFinalReportSummary(p, summary), 'final.summary')
          }
        />
      </section>

      {plan.focusAreas.map((area) => {
        const headingId = `final-area-${area.id}`;
        return (
          <section key={area.id} className="form-section" aria-labelledby={headingId}>
            <h2 id={headingId}>{`${area.code} ${area.title}`.trim() || 'Satsningsområde'}</h2>
            <div className="final-area">
              <div className="final-area__texts">
                {areaTexts.map((t) => (
                  <DraftTextField
                    key={t.key}
                    id={`final-${area.id}-${t.key}`}
                    label={t.label}
                    hint={t.hint}
                    multiline
                    rows={3}
                    value={textOf(area.id, t.key)}
                    onChange={(value) =>
                      session.edit(
                        (p) => updateFinalReportArea(p, area.id, { [t.key]: value }),
                        `final.${area.id}.${t.key}`,
                      )
                    }
                  />
                ))}
              </div>
              <AreaFigures plan={plan} focusAreaId={area.id} />
            </div>
          </section>
        );
      })}
      {!plan.focusAreas.length && (
        <p className="status-reports__empty">Planen har ingen satsningsområder ennå.</p>
      )}

      <section className="form-section" aria-labelledby="final-money">
        <h2 id="final-money">Økonomi for hele programmet</h2>
        <p className="field__hint">Tiltakene og programledelsen, budsjett mot regnskap.</p>
        <ProgrammeMoney plan={plan} />
      </section>

      <section className="form-section" aria-labelledby="final-indicators">
        <h2 id="final-indicators">Måloppnåelse</h2>
        <IndicatorAchievement plan={plan} />
      </section>
    </div>
  );
}
