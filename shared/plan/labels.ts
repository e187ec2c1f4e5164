/** Human names for places in a plan, used in messages that must say *where* ("Tiltak 2B"). */

import { finalReportFieldLabels } from '../model/final-report';
import { measureFieldLabels } from '../model/measures';
import { needFigureFieldLabels } from '../model/need-figures';
import type { Plan } from '../model/plan';
import { reportFieldLabels } from '../model/status-report';
import { goalNumbers } from './goal-numbers';
import { displayCodeAmong } from './measure-groups';

type Loose = Record<string, unknown>;

const asRecord = (value: unknown): Loose | undefined =>
  value !== null && typeof value === 'object' ? (value as Loose) : undefined;

/** A table lookup that a key such as "constructor" or "__proto__" cannot turn into a prototype hit. */
const own = <T>(table: Record<string, T>, key: string): T | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined;

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

function quoted(title: unknown): string {
  const t = text(title);
  if (!t) return '';
  return ` «${t.length > 60 ? `${t.slice(0, 57)}…` : t}»`;
}

/** « «1. halvår 2027»» for a report's period, read loosely (the file may be hand-edited). */
function reportPeriodText(period: unknown): string {
  const p = asRecord(period);
  const part = { h1: '1. halvår', h2: '2. halvår', year: 'året' }[text(p?.part)];
  return part && typeof p?.year === 'number' ? ` «${part} ${p.year}»` : '';
}

/**
 * «Tiltak 1A «Bostøtte»». Given the measures it is read among (the plan's, or a report's
 * snapshots), a shared project whose code a local measure also has reads «Tiltak Felles 1A …».
 */
export function measureLabel(
  measure: { code?: unknown; title?: unknown; sharedProject?: unknown },
  among?: readonly { code: string; sharedProject: unknown }[],
): string {
  const code =
    among && typeof measure.code === 'string'
      ? displayCodeAmong(among, { code: measure.code, sharedProject: measure.sharedProject })
      : text(measure.code);
  return `Tiltak ${code || '(uten kode)'}${quoted(measure.title)}`;
}

/** How to name one element of each list in the plan file. */
const elementNamers: Record<string, (item: Loose, index: number) => string> = {
  mainGoals: (g, i) => `Hovedmål ${i + 1}${quoted(g.title)}`,
  subGoals: (g, i) => `delmål ${i + 1}${quoted(g.title)}`,
  resultGoals: (g, i) => `resultatmål ${i + 1}${quoted(g.title)}`,
  strategies: (s, i) => `Strategi ${text(s.code) || i + 1}${quoted(s.title)}`,
  focusAreas: (f, i) => `Satsningsområde ${text(f.code) || i + 1}${quoted(f.title)}`,
  measures: (m) => measureLabel(m),
  targetGroups: (t, i) => `Målgruppe ${i + 1}${quoted(t.name)}`,
  people: (p, i) => `Person ${i + 1}${quoted(p.name)}`,
  partners: (p, i) => `Samarbeidspartner ${i + 1}${quoted(p.name)}`,
  organisation: (b, i) => `Organisasjonsledd ${i + 1}${quoted(b.name)}`,
  members: (_m, i) => `medlem ${i + 1}`,
  chapters: (c, i) => `Kapittel ${i + 1}${quoted(c.title)}`,
  risks: (r, i) => `Risiko ${i + 1}${quoted(r.title)}`,
  statusReports: (r, i) => `Statusrapport ${i + 1}${reportPeriodText(r.period)}`,
  workshops: (w, i) => `Verksted ${i + 1}${quoted(w.title)}`,
  cards: (c, i) => `kort ${i + 1}${quoted(c.text)}`,
  sources: (s, i) => `finansieringskilde ${i + 1}${quoted(s.name)}`,
  history: (_h, i) => `historikk ${i + 1}`,
  entries: (e, i) => {
    const m = asRecord(e.measure);
    return m ? `rapportlinje for ${measureLabel(m)}` : `rapportlinje ${i + 1}`;
  },
  needFigures: (f, i) =>
    `Behovstall ${text(f.category) || i + 1} ${typeof f.year === 'number' ? f.year : ''}`.trim(),
  measurements: (_m, i) => `måling ${i + 1}`,
  subGoalNarratives: (n, i) => `tekst om ${text(n.heading) || `delmål ${i + 1}`}`,
  unlocks: (_u, i) => `gjenåpning ${i + 1}`,
  areas: (_a, i) => `satsningsområde ${i + 1}`,
  spent: (_s, i) => `regnskapslinje ${i + 1}`,
  programmeManagementSpent: (_s, i) => `regnskapslinje ${i + 1}`,
};

// Every key of the file format has a label (a unit test walks the schema to check it). Keys
// only one entity has are named next to their schema; shared keys are named here.
const fieldNames: Record<string, string> = {
  ...measureFieldLabels,
  ...reportFieldLabels,
  ...needFigureFieldLabels,
  ...finalReportFieldLabels,
  programmeManagementSpent: 'regnskap for programledelse',
  schemaVersion: 'filversjon',
  id: 'id',
  info: 'Om planen',
  vision: 'visjon',
  budget: 'budsjett',
  title: 'tittel',
  name: 'navn',
  text: 'tekst',
  description: 'beskrivelse',
  municipality: 'kommune',
  district: 'bydel',
  periodStart: 'periode fra',
  periodEnd: 'periode til',
  version: 'versjon',
  status: 'status',
  consultationDeadline: 'høringsfrist',
  adoptedDate: 'vedtaksdato',
  adoptedBy: 'vedtatt av',
  caseNumber: 'saksnummer',
  programmeLeader: 'programleder',
  owner: 'ansvarlig',
  nationalFrame: 'nasjonal ramme',
  proposedDecision: 'forslag til vedtak',
  sharedProjectsNumberedApart: 'egne koder for felles prosjekter',
  logo: 'logo',
  mimeType: 'bildetype',
  data: 'bilde',
  width: 'bredde',
  height: 'høyde',
  alt: 'alternativ tekst',
  createdAt: 'opprettet',
  updatedAt: 'sist endret',
  rationale: 'begrunnelse',
  focusAreaId: 'satsningsområde',
  nationalGoal: 'nasjonalt mål',
  indicator: 'indikator',
  unit: 'enhet',
  baseline: 'utgangsverdi',
  target: 'målverdi',
  value: 'verdi',
  example: 'eksempel',
  year: 'år',
  code: 'kode',
  goalIds: 'mål',
  strategyIds: 'strategier',
  partnerIds: 'samarbeidspartnere',
  targetGroupIds: 'målgrupper',
  startDate: 'start',
  endDate: 'slutt',
  progress: 'fremdrift',
  costs: 'kostnader',
  amount: 'beløp',
  financing: 'finansiering',
  sourceId: 'finansieringskilde',
  percent: 'prosent',
  defaultSplit: 'standard fordeling',
  programmeManagement: 'programledelse',
  frame: 'ramme',
  involvement: 'involvering',
  newPage: 'ny side',
  contactPersonId: 'kontaktperson',
  parentId: 'rapporterer til',
  advisesIds: 'gir råd til',
  personId: 'person',
  role: 'rolle',
  responsibilities: 'ansvar',
  content: 'innhold',
  likelihood: 'sannsynlighet',
  consequence: 'konsekvens',
  mitigation: 'tiltak mot risiko',
  measureId: 'tiltak',
  measureIds: 'tiltak',
  votesPerPerson: 'stemmer per person',
  participants: 'deltakere',
  ledByOther: 'ledes og finansieres av annen bydel',
  ledBy: 'ledes og finansieres av',
  votes: 'stemmer',
  parked: 'parkert',
  accepted: 'godtatt',
  mergedFrom: 'slått sammen fra',
  notes: 'notater',
  mainGoals: 'hovedmål',
  subGoals: 'delmål',
  resultGoals: 'resultatmål',
  strategies: 'strategier',
  focusAreas: 'satsningsområder',
  measures: 'tiltak',
  targetGroups: 'målgrupper',
  people: 'personer',
  partners: 'samarbeidspartnere',
  organisation: 'organisasjon',
  chapters: 'kapitler',
  risks: 'risikoer',
  statusReports: 'statusrapporter',
  workshops: 'verksteder',
  cards: 'kort',
  sources: 'finansieringskilder',
  history: 'historikk',
  members: 'medlemmer',
  kind: 'type',
  type: 'type',
  email: 'e-post',
  phone: 'telefon',
  date: 'dato',
  note: 'merknad',
  mode: 'finansieringsmåte',
  split: 'fordeling',
  amounts: 'beløp per kilde',
  deadline: 'frist',
  submittedDate: 'levert dato',
  summary: 'sammendrag',
  entries: 'rapportlinjer',
  comment: 'kommentar',
  responsible: 'ansvarlig',
  level: 'nivå',
  ordered: 'nummerert',
  items: 'punkter',
  bold: 'fet',
  italic: 'kursiv',
  link: 'lenke',
  rows: 'rader',
  caption: 'figurtekst',
};

/** The bokmål label of a field in the plan file, or undefined for a key the format does not have. */
export function fieldLabel(key: string): string | undefined {
  return own(fieldNames, key);
}

/**
 * Turns a path into the plan (as zod reports it) into words, reading names from the data itself:
 * ['measures', 4, 'endDate'] → "Tiltak 2B «Boligtorg» › sluttdato".
 */
export function describeLocation(root: unknown, path: readonly PropertyKey[]): string {
  const numbers = goalNumbersOf(root);
  const parts: string[] = [];
  let node: unknown = root;
  let listKey: string | undefined;
  for (const segment of path) {
    if (typeof segment === 'number') {
      const item = Array.isArray(node) ? asRecord(node[segment]) : undefined;
      const namer = listKey ? own(elementNamers, listKey) : undefined;
      if (namer && item) {
        // The element label replaces the list's field name ("Tiltak 2B", not "tiltak › Tiltak 2B").
        if (parts.length && parts[parts.length - 1] === (fieldLabel(listKey!) ?? listKey))
          parts.pop();
        const number = goalKeys.has(listKey!) && numbers?.get(text(item.id));
        parts.push(
          number
            ? `${goalKeys.get(listKey!)} ${number}${quoted(item.title)}`
            : namer(item, segment),
        );
      } else {
        parts.push(`nr. ${segment + 1}`);
      }
      node = Array.isArray(node) ? node[segment] : undefined;
      listKey = undefined;
    } else {
      const key = String(segment);
      const record = asRecord(node);
      node = record && Object.hasOwn(record, key) ? record[key] : undefined;
      listKey = key;
      // A key the format does not have is the user's own text: quoted, so it reads as a name.
      parts.push(fieldLabel(key) ?? `«${key}»`);
    }
  }
  return parts.length ? capitalise(parts.join(' › ')) : 'Planen';
}

/** A goal in a message carries the number the user sees on screen («delmål 1.2»). */
const goalKeys = new Map([
  ['mainGoals', 'Hovedmål'],
  ['subGoals', 'delmål'],
  ['resultGoals', 'resultatmål'],
]);

/**
 * The goal numbers of a file that may not be a valid plan (a message says what is wrong with it):
 * null when its goals cannot be read, and the names fall back to the place in the list.
 */
function goalNumbersOf(root: unknown): ReadonlyMap<string, string> | null {
  const plan = asRecord(root);
  if (!plan || !Array.isArray(plan.mainGoals) || !Array.isArray(plan.focusAreas)) return null;
  try {
    return goalNumbers(plan as unknown as Pick<Plan, 'mainGoals' | 'focusAreas'>);
  } catch {
    return null;
  }
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
