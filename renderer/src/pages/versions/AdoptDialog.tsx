import { useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { formatDate, parseNorwegianDate } from '#shared/format/dates';
import { localIsoDate } from '#shared/format/local-date';
import type { AdoptionDecision, VersionSummary } from '#shared/model/plan-history';
import type { PlanInfo } from '#shared/model/plan-info';
import { TextField } from '../../components/TextField';
import { Modal } from '../../components/Modal';
import { proposedNumbers } from '#shared/plan/history/version-chain';
import { versionNumberProblem } from './version-numbers';

interface AdoptDialogProps {
  versions: readonly VersionSummary[];
  /** The decision as «Om planen» has it (body, date, case number), offered as the defaults. */
  marked: Pick<PlanInfo, 'adoptedBy' | 'adoptedDate' | 'caseNumber'>;
  /** The name for the change log; asked for here too while it is empty. */
  userName: string;
  onAdopt: (decision: AdoptionDecision, userName: string | null) => Promise<string | null>;
  onCancel: () => void;
}

type Problems = Partial<Record<'date' | 'adoptedBy' | 'number', string>>;

/** «Vedta planen»: the decision as the minutes give it, and the number the version gets. */
export function AdoptDialog({ versions, marked, userName, onAdopt, onCancel }: AdoptDialogProps) {
  const proposed = proposedNumbers(versions);
  // A first adoption may register a decision «Om planen» already has; later ones are new.
  const first = versions.length === 0;
  const [date, setDate] = useState(formatDate((first && marked.adoptedDate) || localIsoDate()));
  const [body, setBody] = useState(marked.adoptedBy);
  const [caseNumber, setCaseNumber] = useState(first ? marked.caseNumber : '');
  const [choice, setChoice] = useState<'revision' | 'newPlan'>('revision');
  const [name, setName] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  // Each refused submit: the first field to fix gets focus, so its message is read where it is.
  const [refusals, setRefusals] = useState(0);
  useLayoutEffect(() => {
    if (refusals > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refusals]);
  const askName = userName === '';

  const number =
    proposed.revision === null || choice === 'newPlan' ? proposed.newPlan : proposed.revision;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (working) return;
    const adoptedDate = parseNorwegianDate(date);
    const found: Problems = {};
    if (date.trim() === '') found.date = 'Skriv datoen planen ble vedtatt.';
    else if (!adoptedDate) {
      found.date = `«${date.trim()}» er ikke en gyldig dato. Skriv datoen som dd.mm.åååå, for eksempel 12.03.2027.`;
    }
    if (body.trim() === '') found.adoptedBy = 'Skriv hvem som vedtok planen.';
    const numberProblem = versionNumberProblem(number, versions);
    if (numberProblem) found.number = numberProblem;
    setProblems(found);
    if (Object.keys(found).length > 0 || !adoptedDate) {
      setRefusals((n) => n + 1);
      return;
    }
    setWorking(true);
    const problem = await onAdopt(
      { number, adoptedDate, adoptedBy: body.trim(), caseNumber: caseNumber.trim() },
      askName && name.trim() ? name.trim() : null,
    );
    setWorking(false);
    setFailure(problem);
  };

  return (
    <Modal
      title="Vedta planen"
      onDismiss={onCancel}
      description={
        <p>
          Skriv inn vedtaket slik det står i protokollen. Planen slik den er nå, blir tatt vare på
          som versjon {number}, og den kan alltid leses og sammenlignes senere.
        </p>
      }
    >
      <form ref={form} className="adopt-form" noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          label="Vedtatt av"
          hint="For eksempel bydelsutvalget eller bystyret"
          error={problems.adoptedBy}
          value={body}
          onChange={setBody}
        />
        <div className="adopt-form__row">
          <TextField
            label="Dato for vedtaket"
            hint="Skriv som dd.mm.åååå"
            error={problems.date}
            narrow
            inputMode="numeric"
            value={date}
            onChange={setDate}
          />
          <TextField
            label="Saksnummer"
            hint="Valgfritt, for eksempel 2027/123"
            narrow
            value={caseNumber}
            onChange={setCaseNumber}
          />
        </div>
        {proposed.revision === null ? (
          <p className="adopt-form__number">
            Planen blir <strong>versjon {proposed.newPlan}</strong>.
          </p>
        ) : (
          <fieldset className="fieldset">
            <legend className="field__label">Versjonsnummer</legend>
            {problems.number && <p className="field__error">{problems.number}</p>}
            <div className="radio-row">
              <label className="radio">
                <input
                  type="radio"
                  name="adopt-number"
                  checked={choice === 'revision'}
                  onChange={() => setChoice('revision')}
                />
                Revisjon ({proposed.revision})
              </label>
              <label className="radio">
                <input
                  type="radio"
                  name="adopt-number"
                  checked={choice === 'newPlan'}
                  onChange={() => setChoice('newPlan')}
                />
                Ny plan ({proposed.newPlan})
              </label>
            </div>
          </fieldset>
        )}
        {askName && (
          <TextField
            label="Navnet ditt"
            hint="Valgfritt. Endringene dine føres i loggen med dette navnet."
            autoComplete="name"
            value={name}
            onChange={setName}
          />
        )}
        {failure && (
          <p className="notice notice--error" role="alert">
            {failure}
          </p>
        )}
        <div className="modal__footer">
          <button type="button" className="button" onClick={onCancel}>
            Avbryt
          </button>
          <button type="submit" className="button button--primary" aria-disabled={working}>
            {working ? 'Vedtar …' : `Vedta som versjon ${number}`}
          </button>
        </div>
      </form>
    </Modal>
  );
}
