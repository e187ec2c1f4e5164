import { countedCostLines, type CountedLine } from '../../budget/counted-lines';
import { formatDate } from '../../format/dates';
import { formatKroner } from '../../format/numbers';
import { bodyName, partnerName, partyNamer, personName } from '../../model/party-name';
import type { Plan } from '../../model/plan';
import type { PartyRef } from '../../model/primitives';
import { targetGroupName } from '../../model/strategies';
import { goalNumbers } from '../goal-numbers';
import { measureDisplayCode } from '../measure-groups';

// How one plan names the things another item points at (owners, goals, areas …), looked up
// once per compare, so a 500-measure plan is named in one pass.

export interface PlanNames {
  plan: Plan;
  /** «Hovedmål 1», «Delmål 1.2», «Resultatmål 1.2.1»; '' for an unknown id. */
  goal: (id: string) => string;
  /** «Satsningsområde 1». */
  area: (id: string | null) => string;
  /** «Strategi 2». */
  strategy: (id: string) => string;
  targetGroup: (id: string) => string;
  /** «Tiltak 1A». */
  measure: (id: string) => string;
  /** The measure's code as the app shows it («1A», «Felles 1A»). */
  measureCode: (id: string) => string;
  measureTitle: (id: string) => string;
  party: (ref: PartyRef | null) => string;
  person: (id: string | null) => string;
  partner: (id: string) => string;
  body: (id: string | null) => string;
  source: (id: string) => string;
  /** The plan's counted cost lines (counted-lines.ts), worked out once. */
  lines: () => CountedLine[];
}

const byId = <T extends { id: string }>(items: readonly T[]) =>
  new Map(items.map((i) => [i.id, i]));

export function planNames(plan: Plan): PlanNames {
  const numbers = goalNumbers(plan);
  const goalWord = new Map<string, string>();
  for (const main of plan.mainGoals) {
    goalWord.set(main.id, 'Hovedmål');
    for (const sub of main.subGoals) {
      goalWord.set(sub.id, 'Delmål');
      for (const result of sub.resultGoals) goalWord.set(result.id, 'Resultatmål');
    }
  }
  const areas = byId(plan.focusAreas);
  const areaIndex = new Map(plan.focusAreas.map((a, i) => [a.id, i]));
  const strategies = byId(plan.strategies);
  const groups = byId(plan.targetGroups);
  const measures = byId(plan.measures);
  const people = byId(plan.people);
  const partners = byId(plan.partners);
  const bodies = byId(plan.organisation);
  const sources = byId(plan.budget.sources);
  let lines: CountedLine[] | undefined;
  const codes = new Map<string, string>();
  const measureCode = (id: string) => {
    let code = codes.get(id);
    if (code === undefined) {
      const m = measures.get(id);
      code = m ? measureDisplayCode(plan, m) : '';
      codes.set(id, code);
    }
    return code;
  };
  return {
    plan,
    goal: (id) => {
      const word = goalWord.get(id);
      return word ? `${word} ${numbers.get(id) ?? ''}`.trim() : '';
    },
    area: (id) => {
      const area = id === null ? undefined : areas.get(id);
      if (!area) return '';
      return `Satsningsområde ${area.code.trim() || (areaIndex.get(area.id) ?? 0) + 1}`;
    },
    strategy: (id) => {
      const s = strategies.get(id);
      if (!s) return '';
      return `Strategi ${s.code.trim() || s.title.trim()}`.trim();
    },
    targetGroup: (id) => {
      const g = groups.get(id);
      return g ? targetGroupName(g) : '';
    },
    measure: (id) => (measures.has(id) ? `Tiltak ${measureCode(id) || '(uten kode)'}` : ''),
    measureCode,
    measureTitle: (id) => measures.get(id)?.title ?? '',
    party: partyNamer(plan, 'short'),
    person: (id) => {
      const p = id === null ? undefined : people.get(id);
      return p ? personName(p, 'short') : '';
    },
    partner: (id) => {
      const p = partners.get(id);
      return p ? partnerName(p) : '';
    },
    body: (id) => {
      const b = id === null ? undefined : bodies.get(id);
      return b ? bodyName(b) : '';
    },
    source: (id) => sources.get(id)?.name.trim() || 'Ukjent kilde',
    lines: () => (lines ??= countedCostLines(plan)),
  };
}

/** « «Boligtorg»» after a name, shortened; '' for no title. */
export function quotedTitle(title: string): string {
  const t = title.trim();
  if (!t) return '';
  return ` «${t.length > 60 ? `${t.slice(0, 57)}…` : t}»`;
}

/** Names of ids in their order, those that point at nothing left out. */
export function names(ids: readonly string[], name: (id: string) => string): string {
  return ids
    .map(name)
    .filter((n) => n !== '')
    .join(', ');
}

export const yesNo = (value: boolean): string => (value ? 'Ja' : 'Nei');

export const dateWords = (iso: string | null): string => formatDate(iso);

export const kroner = (amount: number): string => formatKroner(amount);
