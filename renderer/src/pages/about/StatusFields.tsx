import { formatDate } from '#shared/format/dates';
import { localIsoDate } from '#shared/format/local-date';
import { planStatuses, planStatusLabels } from '#shared/model/plan-info';
import { setStatus, updateInfo } from '#shared/plan/info-operations';
import { DateField } from '../../components/DateField';
import { DraftTextField } from '../../components/DraftTextField';
import { usePlan } from '../../state/plan-context';
import { useNavigation } from '../../shell/navigation';

export function StatusFields() {
  const { plan, edit } = usePlan();
  const { navigate } = useNavigation();
  const { info } = plan;

  return (
    <>
      <fieldset className="fieldset">
        <legend className="field__label">Hvor langt har planen kommet?</legend>
        <div className="radio-row">
          {planStatuses.map((status) => (
            <label key={status} className="radio">
              <input
                type="radio"
                name="plan-status"
                value={status}
                checked={info.status === status}
                onChange={() => edit((p) => setStatus(p, status, localIsoDate()))}
              />
              {planStatusLabels[status]}
            </label>
          ))}
        </div>
      </fieldset>

      {info.status === 'hoering' && (
        <DateField
          label="Høringsfrist"
          value={info.consultationDeadline}
          onChange={(date) => edit((p) => updateInfo(p, { consultationDeadline: date }))}
        />
      )}

      <p className="field__hint status-versions-hint" id="status-versions-hint">
        Når planen er vedtatt, registrerer du vedtaket under{' '}
        <a
          href="#versjoner"
          className="plan-link"
          onClick={(event) => {
            event.preventDefault();
            navigate('versjoner');
          }}
        >
          Versjoner og endringer
        </a>{' '}
        med «Vedta planen». Da blir den vedtatte versjonen tatt vare på, og du kan se alt som er
        endret siden.
      </p>

      {info.status === 'vedtatt' && (
        <>
          <DateField
            label="Vedtaksdato"
            required
            requiredMessage="Skriv inn datoen planen ble vedtatt."
            value={info.adoptedDate}
            onChange={(date) => edit((p) => updateInfo(p, { adoptedDate: date }))}
          />
          <div className="field-row">
            <DraftTextField
              label="Vedtatt av"
              hint="For eksempel Bydelsutvalget eller kommunestyret."
              value={info.adoptedBy}
              onChange={(value) =>
                edit((p) => updateInfo(p, { adoptedBy: value }), 'info.adoptedBy')
              }
            />
            <DraftTextField
              label="Saksnummer"
              hint="Saksnummeret i saken der planen ble vedtatt."
              value={info.caseNumber}
              onChange={(value) =>
                edit((p) => updateInfo(p, { caseNumber: value }), 'info.caseNumber')
              }
            />
          </div>
        </>
      )}

      <h3 className="subheading" id="status-history-heading">
        Historikk
      </h3>
      {info.history.length === 0 ? (
        <p className="muted">
          Statusen er ikke endret ennå. Hver endring blir skrevet her, med dato.
        </p>
      ) : (
        <ol className="history-list" aria-labelledby="status-history-heading">
          {info.history.map((event) => (
            <li key={event.id}>
              <span className="history-list__date">{formatDate(event.date)}</span>
              <span className="history-list__status">{planStatusLabels[event.status]}</span>
              {event.note && <span className="history-list__note">{event.note}</span>}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
