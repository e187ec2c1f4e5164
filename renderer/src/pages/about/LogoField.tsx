import { useRef, useState } from 'react';
import { LOGO_MAX_BYTES } from '#shared/model/plan-info';
import { updateInfo } from '#shared/plan/info-operations';
import { readLogoImage } from '#shared/plan/logo-image';
import { DraftTextField } from '../../components/DraftTextField';
import { Field } from '../../components/Field';
import { usePlan } from '../../state/plan-context';

const limit = `${Math.round(LOGO_MAX_BYTES / 1024)} kB`;

/**
 * The logo on the cover of the Word document: a PNG or JPEG read here in the window (the file
 * never leaves it except inside the plan), previewed, with its alt text, and removable. A file
 * of another kind or too large is refused with a message; the plan keeps what it had.
 */
export function LogoField() {
  const { plan, edit } = usePlan();
  const { logo, district, municipality } = plan.info;
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const choose = async (file: File) => {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const place = district.trim() || municipality.trim();
    const alt = logo?.alt.trim() || (place ? `Logoen til ${place}` : 'Logo');
    const result = readLogoImage(bytes, alt);
    if (!result.ok) {
      setError(`«${file.name}» kan ikke brukes: ${result.message}`);
      return;
    }
    setError(null);
    edit((p) => updateInfo(p, { logo: result.logo }));
  };

  return (
    <div className="logo-field">
      <Field
        id="info-logo-file"
        label={logo ? 'Bytt logo' : 'Velg logo'}
        hint={`PNG eller JPEG, høyst ${limit}. Logoen står øverst på forsiden av Word-dokumentet.`}
        error={error}
      >
        {(control) => (
          <input
            {...control}
            ref={input}
            type="file"
            data-field="logo"
            className="input input--file"
            accept="image/png,image/jpeg"
            onChange={(event) => {
              const file = event.target.files?.[0];
              // Cleared, so choosing the same file again after removing it reads it again.
              event.target.value = '';
              if (file) void choose(file);
            }}
          />
        )}
      </Field>
      {logo && (
        <div className="logo-field__current">
          <figure className="logo-field__preview">
            <img
              src={`data:${logo.mimeType};base64,${logo.data}`}
              alt={logo.alt.trim() || 'Logo uten alternativ tekst'}
            />
            <figcaption className="field__hint">
              {logo.width} × {logo.height} piksler
            </figcaption>
          </figure>
          <div className="logo-field__details">
            <DraftTextField
              id="info-logo-alt"
              label="Alternativ tekst"
              hint="Hva logoen viser, for dem som ikke ser bildet. For eksempel «Oslo kommunes logo»."
              value={logo.alt}
              onChange={(alt) =>
                edit(
                  (p) => (p.info.logo ? updateInfo(p, { logo: { ...p.info.logo, alt } }) : p),
                  'info.logo.alt',
                )
              }
            />
            <button
              type="button"
              className="button button--quiet button--small button--danger-text"
              onClick={() => {
                setError(null);
                edit((p) => updateInfo(p, { logo: null }));
                input.current?.focus();
              }}
            >
              Fjern logoen
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
