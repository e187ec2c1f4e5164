import { useId, useMemo, useState, type ClipboardEvent } from 'react';
import { formatPartialPeriod } from '#shared/format/partial-date';
import { measureStatusLabel } from '#shared/model/measures';
import type { Plan } from '#shared/model/plan';
import {
  guessColumns,
  hasHeaderRow,
  pasteColumnKinds,
  pasteColumnLabels,
  type PasteColumnKind,
} from '#shared/plan/paste-columns';
import { planPaste } from '#shared/plan/paste-measures';
import { parseTsv, readPastedTable, type PastedTable } from '#shared/plan/paste-table';
import { Modal } from '../../../components/Modal';
import { areaName } from '../area-name';
import '../../../styles/paste-measures.css';

/** What «Opprett» carries back: the same inputs the preview was made from. */
export interface PasteChoice {
  focusAreaId: string;
  table: PastedTable;
  mapping: PasteColumnKind[];
  header: boolean;
  count: number;
}

interface PasteMeasuresDialogProps {
  plan: Plan;
  focusAreaId: string;
  /** Rows already pasted (Ctrl+V in the list); null opens a field to paste them into. */
  table: PastedTable | null;
  onCreate: (choice: PasteChoice) => void;
  onCancel: () => void;
}

// Enough to check the columns are right; the count and the remarks cover the rest.
const SHOWN = 5;
const PREVIEW_KINDS = [
  'title',
  'description',
  'expectedResult',
  'start',
  'partners',
  'owner',
  'status',
] as const;

/** Clipboard rows as a table, or nothing when the clipboard holds no rows. */
export function pastedTableOf(data: DataTransfer | null): PastedTable {
  if (!data) return [];
  return readPastedTable({ text: data.getData('text/plain'), html: data.getData('text/html') });
}

const tiltak = (n: number) => `${n} tiltak`;
const partnere = (n: number) =>
  n === 1 ? '1 ny samarbeidspartner' : `${n} nye samarbeidspartnere`;

/** A cell shortened for the column choice: «Kolonne 2 («Boligtorg …»)». */
const sample = (text: string) => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 30 ? `${line.slice(0, 28)}…` : line;
};

/** «2013–2014», «… – juni 2014» with one side only, nothing without dates. */
const period = (start: string | null, end: string | null) =>
  start || end ? formatPartialPeriod(start, end, '…') : '';

// The preview never uses real ids: they are made when the user chooses «Opprett».
const previewIds = () => {
  let n = 0;
  return () => `preview-${++n}`;
};

/**
 * Rows copied from Word or Excel, shown as the measures they will become: each column's meaning
 * (guessed, changeable), the focus area, the first rows, the partners to create and what could
 * not be read. Nothing changes before «Opprett N tiltak».
 */
export function PasteMeasuresDialog({
  plan,
  focusAreaId,
  table: pasted,
  onCreate,
  onCancel,
}: PasteMeasuresDialogProps) {
  const id = useId();
  const [table, setTable] = useState<PastedTable | null>(pasted);
  const [header, setHeader] = useState(() => (pasted ? hasHeaderRow(pasted) : false));
  const [mapping, setMapping] = useState<PasteColumnKind[]>(() =>
    pasted ? guessColumns(pasted, hasHeaderRow(pasted)) : [],
  );
  const [areaId, setAreaId] = useState(focusAreaId);
  const [typed, setTyped] = useState('');
  const [readError, setReadError] = useState('');

  const take = (rows: PastedTable) => {
    const withHeader = hasHeaderRow(rows);
    setTable(rows);
    setHeader(withHeader);
    setMapping(guessColumns(rows, withHeader));
  };

  const result = useMemo(
    () => (table ? planPaste(plan, areaId, table, mapping, header, previewIds()) : null),
    [plan, areaId, table, mapping, header],
  );

  if (!table || !result) {
    const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
      const rows = pastedTableOf(event.clipboardData);
      if (rows.length === 0) return;
      event.preventDefault();
      take(rows);
    };
    const readTyped = () => {
      const rows = parseTsv(typed);
      if (rows.length === 0) {
        setReadError('Feltet er tomt. Lim inn radene fra Word eller Excel med Ctrl+V.');
        return;
      }
      take(rows);
    };
    return (
      <Modal
        title="Lim inn tiltak fra Word eller Excel"
        onDismiss={onCancel}
        description={
          <p>
            Marker radene i tabellen i Word eller Excel og kopier dem (Ctrl+C). Lim dem inn i feltet
            under med Ctrl+V. Du ser hvilke tiltak som blir opprettet før noe endres.
          </p>
        }
      >
        <div className="field">
          <label className="field__label" htmlFor={`${id}-rows`}>
            Rader fra Word eller Excel
          </label>
          <p className="field__hint" id={`${id}-rows-hint`}>
            Én rad per tiltak. Ta gjerne med overskriftsraden (Kode, Tiltak, Beskrivelse …).
          </p>
          {readError && (
            <p className="field__error" id={`${id}-rows-error`}>
              {readError}
            </p>
          )}
          <textarea
            id={`${id}-rows`}
            className="input input--multiline"
            rows={6}
            value={typed}
            aria-describedby={`${id}-rows-hint${readError ? ` ${id}-rows-error` : ''}`}
            aria-invalid={readError ? true : undefined}
            onChange={(event) => {
              setTyped(event.target.value);
              setReadError('');
            }}
            onPaste={onPaste}
          />
        </div>
        <div className="modal__footer">
          <button type="button" className="button" onClick={onCancel}>
            Avbryt
          </button>
          <button type="button" className="button button--primary" onClick={readTyped}>
            Vis tiltakene
          </button>
        </div>
      </Modal>
    );
  }

  const area = plan.focusAreas.find((f) => f.id === areaId);
  const count = result.measures.length;
  const columns = table[0]?.map((_, i) => i) ?? [];
  const columnName = (i: number) => {
    const cell = (header ? table[0]?.[i] : table.find((r) => r[i])?.[i]) ?? '';
    return cell ? `Kolonne ${i + 1} («${sample(cell)}»)` : `Kolonne ${i + 1} (tom)`;
  };
  const used = new Set(mapping.filter((k) => k !== 'skip'));
  // The period is one column, filled from a start column, an end column or both.
  const shownKinds = PREVIEW_KINDS.filter((k) => used.has(k) || (k === 'start' && used.has('end')));
  const withProblems = result.measures.filter((m) => m.problems.length > 0);

  return (
    <Modal
      title="Lim inn tiltak fra Word eller Excel"
      onDismiss={onCancel}
      wide
      description={
        <p>
          {table.length === 1 ? 'Én rad' : `${table.length} rader`} er lest inn. Velg hva hver
          kolonne er. Tiltakene legges sist i satsningsområdet, i samme rekkefølge som radene.
        </p>
      }
    >
      <div className="paste-measures">
        <div className="field-row paste-measures__where">
          <div className="field">
            <label className="field__label" htmlFor={`${id}-area`}>
              Satsningsområde
            </label>
            <select
              id={`${id}-area`}
              className="input input--select"
              value={areaId}
              onChange={(event) => setAreaId(event.target.value)}
            >
              {plan.focusAreas.map((f) => (
                <option key={f.id} value={f.id}>
                  {areaName(f)}
                </option>
              ))}
            </select>
          </div>
          <label className="check paste-measures__header">
            <input
              type="checkbox"
              checked={header}
              onChange={(event) => {
                setHeader(event.target.checked);
                setMapping(guessColumns(table, event.target.checked));
              }}
            />
            Første rad er overskrifter
          </label>
        </div>

        <fieldset className="fieldset">
          <legend className="field__label">Hva kolonnene er</legend>
          <div className="paste-measures__columns">
            {columns.map((i) => (
              <div className="field" key={i}>
                <label className="field__label field__label--small" htmlFor={`${id}-col-${i}`}>
                  {columnName(i)}
                </label>
                <select
                  id={`${id}-col-${i}`}
                  className="input input--select"
                  value={mapping[i] ?? 'skip'}
                  onChange={(event) => {
                    const next = mapping.slice();
                    next[i] = event.target.value as PasteColumnKind;
                    setMapping(next);
                  }}
                >
                  {pasteColumnKinds.map((kind) => (
                    <option key={kind} value={kind}>
                      {pasteColumnLabels[kind]}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
        </fieldset>

        <section aria-labelledby={`${id}-what`}>
          <h3 id={`${id}-what`} className="paste-measures__heading">
            Dette blir opprettet
          </h3>
          <div role="status">
            <ul className="paste-measures__summary">
              <li>
                <strong>{tiltak(count)}</strong> i {area ? areaName(area) : 'satsningsområdet'}
                {count > SHOWN ? `. De ${SHOWN} første vises under.` : '.'}
              </li>
              {result.newPartners.length > 0 && (
                <li>
                  {partnere(result.newPartners.length)} blir opprettet:{' '}
                  {result.newPartners.join(', ')}.
                </li>
              )}
              {result.emptyRows > 0 && (
                <li>
                  {result.emptyRows === 1 ? 'Én rad' : `${result.emptyRows} rader`} uten innhold i
                  kolonnene som brukes, blir ikke med.
                </li>
              )}
              {count === 0 && (
                <li>Ingen rader har innhold i kolonnene som brukes. Velg hva kolonnene er over.</li>
              )}
            </ul>
          </div>
          {withProblems.length > 0 && (
            <section aria-labelledby={`${id}-problems`} className="notice notice--warning">
              <h4 id={`${id}-problems`} className="paste-measures__heading">
                Merknader ({withProblems.length === 1 ? 'én rad' : `${withProblems.length} rader`})
              </h4>
              <ul className="paste-measures__problems">
                {withProblems.flatMap(({ measure, rowNumber, problems }) =>
                  problems.map((problem, i) => (
                    <li key={`${measure.id}-${i}`}>
                      Rad {rowNumber}: {problem}
                    </li>
                  )),
                )}
              </ul>
            </section>
          )}
          {count > 0 && (
            <div className="paste-measures__table-wrap">
              <table className="paste-measures__table">
                <caption className="visually-hidden">
                  {count > SHOWN ? `De ${SHOWN} første tiltakene` : 'Tiltakene'} som blir opprettet
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Rad</th>
                    <th scope="col">Kode</th>
                    {shownKinds.map((kind) => (
                      <th scope="col" key={kind}>
                        {kind === 'start' ? 'Periode' : pasteColumnLabels[kind]}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {result.measures
                    .slice(0, SHOWN)
                    .map(({ measure, rowNumber, partnerNames, ownerName }) => (
                      <tr key={measure.id}>
                        <td>{rowNumber}</td>
                        <td>{measure.code}</td>
                        {shownKinds.map((kind) => (
                          <td key={kind}>
                            <span className="paste-measures__cell">
                              {kind === 'start'
                                ? period(measure.startDate, measure.endDate)
                                : kind === 'partners'
                                  ? partnerNames.join(', ')
                                  : kind === 'owner'
                                    ? ownerName
                                    : kind === 'status'
                                      ? measureStatusLabel(measure.status)
                                      : measure[kind]}
                            </span>
                          </td>
                        ))}
                      </tr>
                    ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      </div>
      <div className="modal__footer">
        <button type="button" className="button" onClick={onCancel}>
          Avbryt
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={count === 0}
          onClick={() => onCreate({ focusAreaId: areaId, table, mapping, header, count })}
        >
          Opprett {tiltak(count)}
        </button>
      </div>
    </Modal>
  );
}
