import { memo, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { partnerName } from '#shared/model/party-name';
import type { Partner } from '#shared/model/people';
import {
  addPartnersToMeasure,
  findPartnerByName,
  resolvePartnerNames,
  splitPastedNames,
  type ResolvedPartnerNames,
} from '#shared/plan/measure-partner-operations';
import { toggleMeasureLink } from '#shared/plan/measure-operations';
import { MultiSelect } from '../../../components/multi-select/MultiSelect';
import { usePlanSession } from '../../../state/plan-context';

interface PartnerPickerProps {
  measureId: string;
  idBase: string;
  partners: readonly Partner[];
  selected: readonly string[];
}

const noun = { one: 'partner', many: 'partnere' };
const listed = (names: readonly string[]) => names.join(', ');

/**
 * The measure's partners: picked by typing, created by typing a new name, or pasted as a list.
 * A pasted list with names the plan does not have asks first; then picking and creating are one
 * undo step.
 */
export const PartnerPicker = memo(function PartnerPicker({
  measureId,
  idBase,
  partners,
  selected,
}: PartnerPickerProps) {
  const session = usePlanSession();
  const [pending, setPending] = useState<ResolvedPartnerNames | null>(null);
  const [result, setResult] = useState('');
  const confirmButton = useRef<HTMLButtonElement>(null);
  const options = useMemo(
    () => partners.map((p) => ({ id: p.id, label: partnerName(p) })),
    [partners],
  );
  const fieldId = `${idBase}-partners`;

  // In the commit that shows the question, so Enter right after the paste answers it.
  useLayoutEffect(() => {
    if (pending) confirmButton.current?.focus();
  }, [pending]);

  const handlers = useMemo(
    () => ({
      toggle: (id: string, on: boolean) =>
        session.edit((p) => toggleMeasureLink(p, measureId, 'partnerIds', id, on)),
      create: {
        allowed: (name: string) => !findPartnerByName(session.plan.partners, name),
        onCreate: (name: string) => session.edit((p) => addPartnersToMeasure(p, measureId, [name])),
      },
      paste: {
        split: splitPastedNames,
        onNames: (names: string[]) => {
          const resolved = resolvePartnerNames(session.plan, names);
          if (resolved.missing.length === 0) {
            session.edit((p) => addPartnersToMeasure(p, measureId, names));
            setResult(`${names.length} partnere valgt: ${listed(names)}.`);
          } else {
            setResult('');
            setPending(resolved);
          }
        },
      },
    }),
    [session, measureId],
  );

  const finish = (add: boolean) => {
    if (!pending) return;
    const names = [...pending.existing.map((p) => p.name), ...pending.missing];
    if (add) {
      session.edit((p) => addPartnersToMeasure(p, measureId, names));
      setResult(
        `${names.length} partnere valgt, ${pending.missing.length} av dem nye: ${listed(names)}.`,
      );
    } else {
      setResult('Ingen partnere ble lagt til.');
    }
    // Back to the field before the question goes, in this same event.
    document.getElementById(fieldId)?.focus();
    setPending(null);
  };

  const { missing, existing } = pending ?? { missing: [], existing: [] };
  const questionId = `${fieldId}-question`;
  return (
    <MultiSelect
      id={fieldId}
      label="Samarbeidspartnere"
      hint="Skriv for å søke, Enter velger. Et nytt navn legges til som partner. Lim inn en liste for å legge til flere."
      field="partnerIds"
      options={options}
      selected={selected}
      onToggle={handlers.toggle}
      noun={noun}
      create={handlers.create}
      paste={handlers.paste}
    >
      {pending && (
        <div
          className="multi-select__question"
          role="group"
          aria-labelledby={questionId}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              event.stopPropagation();
              finish(false);
            }
          }}
        >
          <p id={questionId}>
            {missing.length === 1
              ? `Denne finnes ikke ennå og blir lagt til som partner: ${missing[0]}.`
              : `Disse ${missing.length} finnes ikke ennå og blir lagt til som partnere: ${listed(missing)}.`}
            {existing.length > 0 &&
              ` ${existing.length === 1 ? 'Denne' : `Disse ${existing.length}`} finnes og blir valgt: ${listed(existing.map(partnerName))}.`}
          </p>
          <div className="button-row">
            <button
              ref={confirmButton}
              type="button"
              className="button button--small"
              onClick={() => finish(true)}
            >
              Legg til
            </button>
            <button
              type="button"
              className="button button--quiet button--small"
              onClick={() => finish(false)}
            >
              Avbryt
            </button>
          </div>
        </div>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {result}
      </p>
    </MultiSelect>
  );
});
