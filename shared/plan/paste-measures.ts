import { formatPartialDate, parsePartialDate, type PartialDate } from '../format/partial-date';
import { partnerNameKey } from './measure-partner-operations';
import { measureStatusLabel, type Measure } from '../model/measures';
import { bodyName, partnerName, personName } from '../model/party-name';
import type { PartyRef } from '../model/primitives';
import type { Plan } from '../model/plan';
import { addMeasure, measureDatesProblem, type MeasureFields } from './measure-operations';
import { newId } from './new-id';
import { splitPeriod, statusOfCell, type PasteColumnKind } from './paste-columns';
import type { PastedTable } from './paste-table';
import { addPartner } from './people-operations';

// Measures made from pasted rows. One function works out everything the paste will do — the
// measures with their codes and dates, the partners to create, and what could not be read — so
// the preview shows exactly what «Opprett» then does, as one edit (one undo step).

export interface PastedMeasure {
  measure: Measure;
  /** The row's number in the pasted table, counting from 1 (headings included), as the user sees it. */
  rowNumber: number;
  /** Partner names as matched or created, in the cell's order. */
  partnerNames: string[];
  /** The responsible party's name as matched or created; '' when none. */
  ownerName: string;
  /** What could not be taken as it was, and what happens instead, in bokmål. */
  problems: string[];
}

export interface PastePlan {
  /** The plan with the measures (and any new partners) added. */
  plan: Plan;
  measures: PastedMeasure[];
  /** Names of the partners that do not exist yet and will be created. */
  newPartners: string[];
  /** Rows with nothing in the columns that are used. */
  emptyRows: number;
}

const key = partnerNameKey;
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The names in a partners cell: one per line, or separated by commas or semicolons; bullets go. */
export function splitPartnerNames(cell: string): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const part of cell.split(/[\n,;]+/)) {
    const name = oneLine(part.replace(/^\s*[-•*·–]\s*/, ''));
    if (name === '' || seen.has(key(name))) continue;
    seen.add(key(name));
    names.push(name);
  }
  return names;
}

/** The cells of one row, gathered by kind; text of two columns of the same kind is joined. */
function gather(row: string[], mapping: readonly PasteColumnKind[]) {
  const by = new Map<PasteColumnKind, string[]>();
  mapping.forEach((kind, i) => {
    const cell = row[i] ?? '';
    if (kind === 'skip' || cell === '') return;
    by.set(kind, [...(by.get(kind) ?? []), cell]);
  });
  return (kind: PasteColumnKind, joiner = '\n') => (by.get(kind) ?? []).join(joiner);
}

interface DateRead {
  start: PartialDate | null;
  end: PartialDate | null;
  problems: string[];
}

/** One side of a period from a cell, which may hold the whole period («2013–2014»). */
function readDate(cell: string, side: 'start' | 'end', problems: string[]): PartialDate | null {
  if (cell === '') return null;
  const period = splitPeriod(cell);
  const read = parsePartialDate(period ? period[side === 'start' ? 0 : 1] : cell);
  if (read.ok) return read.value;
  const what = side === 'start' ? 'startdato' : 'sluttdato';
  problems.push(`«${oneLine(cell)}» er ikke en dato; tiltaket får ingen ${what}.`);
  return null;
}

/** A start and an end from their cells; a period in either cell gives the side left empty. */
function readDates(startCell: string, endCell: string): DateRead {
  const problems: string[] = [];
  const start = readDate(startCell || (splitPeriod(endCell) ? endCell : ''), 'start', problems);
  let end = readDate(endCell || (splitPeriod(startCell) ? startCell : ''), 'end', problems);
  if (measureDatesProblem(start, end)) {
    problems.push(
      `Slutt (${formatPartialDate(end)}) er før start (${formatPartialDate(start)}); tiltaket får ingen sluttdato.`,
    );
    end = null;
  }
  return { start, end, problems };
}

const normaliseCode = (code: string) => code.trim().toLocaleUpperCase('nb');

/**
 * Who a name in the «Ansvarlig» column is: a person (by name or job title, as forms often write
 * «Programleder»), then a body of the organisation, then a partner; null when none has it.
 * Template example people are not matched: they are placeholders, not owners.
 */
function findParty(plan: Plan, name: string): PartyRef | null {
  const k = key(name);
  const person = plan.people.find(
    (p) => !p.example && (key(p.name) === k || (p.name.trim() === '' && key(p.title) === k)),
  );
  if (person) return { kind: 'person', id: person.id };
  const titled = plan.people.filter((p) => !p.example && key(p.title) === k);
  if (titled.length === 1) return { kind: 'person', id: titled[0]!.id };
  const body = plan.organisation.find((b) => key(bodyName(b)) === k);
  if (body) return { kind: 'body', id: body.id };
  const partner = plan.partners.find((p) => key(p.name) === k);
  return partner ? { kind: 'partner', id: partner.id } : null;
}

function ownerNameOf(plan: Plan, ref: PartyRef | null): string {
  if (!ref) return '';
  if (ref.kind === 'person') {
    const person = plan.people.find((p) => p.id === ref.id);
    return person ? personName(person, 'short') : '';
  }
  if (ref.kind === 'body') {
    const body = plan.organisation.find((b) => b.id === ref.id);
    return body ? bodyName(body) : '';
  }
  const partner = plan.partners.find((p) => p.id === ref.id);
  return partner ? partnerName(partner) : '';
}

/**
 * What pasting `table` into a focus area does with this mapping of columns. `header` says the
 * first row is headings (not a measure). Partners are matched by name, case-insensitively, and
 * those not found are created once each. A code already in the plan (or earlier in the paste)
 * is replaced by the next free code; an empty one gets the next code too.
 */
export function planPaste(
  plan: Plan,
  focusAreaId: string,
  table: PastedTable,
  mapping: readonly PasteColumnKind[],
  header: boolean,
  makeId: () => string = newId,
): PastePlan {
  const result: PastePlan = { plan, measures: [], newPartners: [], emptyRows: 0 };
  if (!plan.focusAreas.some((f) => f.id === focusAreaId)) return result;
  const partnerIds = new Map(plan.partners.map((p) => [key(p.name), p.id]));
  let next = plan;
  const first = header ? 1 : 0;
  table.slice(first).forEach((row, i) => {
    const cell = gather(row, mapping);
    const title = oneLine(cell('title', ' '));
    const description = cell('description');
    const expectedResult = cell('expectedResult');
    const code = oneLine(cell('code', ' '));
    const names = splitPartnerNames(cell('partners'));
    const startCell = cell('start', ' ');
    const endCell = cell('end', ' ');
    if (
      [title, description, expectedResult, code, startCell, endCell].every((t) => t === '') &&
      names.length === 0 &&
      cell('owner').trim() === '' &&
      cell('status').trim() === ''
    ) {
      result.emptyRows += 1;
      return;
    }
    const problems: string[] = [];
    const dates = readDates(startCell, endCell);
    problems.push(...dates.problems);

    /** The partner with this name, created (once for the whole paste) when missing. */
    const partnerFor = (name: string): string => {
      let id = partnerIds.get(key(name));
      if (id === undefined) {
        const added = addPartner(next, { name }, makeId());
        next = added.plan;
        id = added.partnerId;
        partnerIds.set(key(name), id);
        result.newPartners.push(name);
      }
      return id;
    };
    const ids: string[] = [];
    for (const name of names) {
      const id = partnerFor(name);
      if (!ids.includes(id)) ids.push(id);
    }

    // A measure has one owner: the first name in the cell; any others work with it as partners.
    const [ownerText, ...coOwners] = splitPartnerNames(cell('owner'));
    let owner: PartyRef | null = null;
    if (ownerText !== undefined) {
      owner = findParty(next, ownerText) ?? { kind: 'partner', id: partnerFor(ownerText) };
      for (const name of coOwners) {
        const id = partnerFor(name);
        if (!ids.includes(id)) ids.push(id);
      }
      if (coOwners.length > 0)
        problems.push(
          `Et tiltak har én ansvarlig: ${ownerText} er ansvarlig, ${coOwners.join(', ')} blir samarbeidspartner${coOwners.length > 1 ? 'e' : ''}.`,
        );
    }

    const statusCell = oneLine(cell('status', ' '));
    const status = statusOfCell(statusCell);
    if (statusCell !== '' && status === null)
      problems.push(
        `«${statusCell}» er ikke en status (n, v, g eller a); tiltaket får status «${measureStatusLabel(null)}».`,
      );

    const fields: MeasureFields = {
      title,
      description,
      expectedResult,
      startDate: dates.start,
      endDate: dates.end,
      partnerIds: ids,
      owner,
      status,
    };
    if (code !== '') {
      const taken = next.measures.some((m) => normaliseCode(m.code) === normaliseCode(code));
      if (!taken) fields.code = code;
    }
    if (title === '')
      problems.push('Raden har ikke noe tiltaksnavn; tiltaket opprettes uten navn.');
    const id = makeId();
    next = addMeasure(next, focusAreaId, fields, id);
    const measure = next.measures.find((m) => m.id === id)!;
    if (code !== '' && fields.code === undefined)
      problems.unshift(`Koden «${code}» er allerede brukt; tiltaket får koden ${measure.code}.`);
    const partnerNames = ids.map((pid) => next.partners.find((p) => p.id === pid)?.name ?? '');
    result.measures.push({
      measure,
      rowNumber: first + i + 1,
      partnerNames,
      ownerName: ownerNameOf(next, owner),
      problems,
    });
  });
  result.plan = result.measures.length > 0 ? next : plan;
  return result;
}

/** The paste as one edit: the new measures last in the focus area, in the order pasted. */
export function addPastedMeasures(
  plan: Plan,
  focusAreaId: string,
  table: PastedTable,
  mapping: readonly PasteColumnKind[],
  header: boolean,
  makeId: () => string = newId,
): Plan {
  return planPaste(plan, focusAreaId, table, mapping, header, makeId).plan;
}
