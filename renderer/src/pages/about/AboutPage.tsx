import { nationalFrames, type NationalFrame } from '#shared/model/plan-info';
import { nationalFrameLabels } from '#shared/model/plan-info';
import { updateInfo, type InfoFields } from '#shared/plan/info-operations';
import { PageHeading } from '../../components/PageHeading';
import { SelectField } from '../../components/SelectField';
import { DraftTextField } from '../../components/DraftTextField';
import { usePlan } from '../../state/plan-context';
import { LogoField } from './LogoField';
import { PeriodFields } from './PeriodFields';
import { ResponsibleFields } from './ResponsibleFields';
import { StatusFields } from './StatusFields';

type TextKey = 'title' | 'municipality' | 'district' | 'version' | 'proposedDecision';

export function AboutPage() {
  const { plan, edit } = usePlan();
  const { info } = plan;
  const text = (key: TextKey) => (value: string) =>
    edit((p) => updateInfo(p, { [key]: value } as InfoFields), `info.${key}`);

  return (
    <div className="page page--form">
      <PageHeading>Om planen</PageHeading>
      <p className="lead">
        Grunnopplysningene om planen: hva den heter, hvor og når den gjelder, hvor langt den har
        kommet, og hvem som har ansvaret.
      </p>

      <section className="form-section">
        <h2 id="about-place">Tittel og sted</h2>
        <DraftTextField
          id="info-title"
          label="Tittel"
          value={info.title}
          onChange={text('title')}
        />
        <div className="field-row">
          <DraftTextField
            label="Kommune"
            value={info.municipality}
            onChange={text('municipality')}
          />
          <DraftTextField
            label="Bydel"
            hint="Bare for planer i en bydel."
            value={info.district}
            onChange={text('district')}
          />
        </div>
      </section>

      <section className="form-section">
        <h2 id="about-logo">Logo</h2>
        <LogoField />
      </section>

      <section className="form-section">
        <h2 id="about-period">Periode og versjon</h2>
        <PeriodFields />
        <DraftTextField
          className="field--narrow"
          label="Versjon"
          hint="Settes når du vedtar planen under «Versjoner og endringer» (1.0, 1.1 …)."
          value={info.version}
          onChange={text('version')}
        />
      </section>

      <section className="form-section">
        <h2 id="about-status">Status</h2>
        <StatusFields />
      </section>

      <section className="form-section">
        <h2 id="about-responsible">Ansvar</h2>
        <ResponsibleFields />
      </section>

      <section className="form-section">
        <h2 id="about-decision">Forslag til vedtak</h2>
        <DraftTextField
          id="info-proposed-decision"
          field="proposedDecision"
          label="Forslag til vedtak"
          hint="Det politikerne blir bedt om å vedta, med ett punkt per linje. Står først i sammendraget i Word-dokumentet. Står feltet tomt, tas overskriften ikke med."
          multiline
          rows={5}
          value={info.proposedDecision}
          onChange={text('proposedDecision')}
        />
      </section>

      <section className="form-section">
        <h2 id="about-frame">Nasjonale føringer</h2>
        <SelectField
          label="Nasjonal ramme"
          hint="Den nasjonale strategien eller de målene planen bygger på."
          value={info.nationalFrame}
          onChange={(value) =>
            edit((p) => updateInfo(p, { nationalFrame: value as NationalFrame }))
          }
        >
          {nationalFrames.map((frame) => (
            <option key={frame} value={frame}>
              {nationalFrameLabels[frame]}
            </option>
          ))}
        </SelectField>
      </section>

      <section className="form-section">
        <h2 id="about-codes">Tiltakskoder</h2>
        <label className="check">
          <input
            id="info-shared-codes"
            type="checkbox"
            aria-describedby="info-shared-codes-hint"
            checked={info.sharedProjectsNumberedApart}
            onChange={(e) =>
              edit((p) => updateInfo(p, { sharedProjectsNumberedApart: e.target.checked }))
            }
          />
          <span>Felles prosjekter nummereres for seg (som i Husbankens skjema)</span>
        </label>
        <p className="field__hint" id="info-shared-codes-hint">
          Felles prosjekter står sist i hvert satsningsområde. Er dette valgt, får de koder fra A
          for seg (1A, 1B …), slik at en kode kan finnes både blant satsningsområdets egne tiltak og
          blant de felles prosjektene; der koden leses uten overskrift, står det «Felles 1A». Koder
          som alt er gitt, endres ikke før du velger «Nummerer tiltakene på nytt».
        </p>
      </section>
    </div>
  );
}
