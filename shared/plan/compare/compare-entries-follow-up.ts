import { formatNumber } from '../../format/numbers';
import { needCategoryLabels } from '../../model/need-figures';
import type { SourceAmount } from '../../model/budget';
import { reportTitle } from '../../model/status-report';
import type { CompareEntry, PartEntries } from './compare-engine';
import { fingerprint } from './compare-engine';
import { lineName } from './compare-entries-budget';
import { field } from './compare-field';
import { dateWords, kroner, quotedTitle, type PlanNames } from './compare-names';

// Follow-up and workshops at a summary level: a report, a year's spending on a line, a year's
// need figures, the final report and a workshop are one item each. What a report's lines say is
// told as «innholdet er endret», not line by line: the report itself is the place to read it.

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const digest = (key: string, label: string, text: string, value: object) =>
  field(key, text, { label, same: fingerprint(value) });

function spentWords(n: PlanNames, spent: readonly SourceAmount[]): string {
  const total = spent.reduce((a, b) => a + b.amount, 0);
  const bySource = spent.map((s) => `${n.source(s.sourceId)} ${kroner(s.amount)}`).join(', ');
  return spent.length > 1 ? `${kroner(total)} (${bySource})` : `${kroner(total)}`;
}

/** `other`: the plan compared with (spending the very same in both is left out, see budget). */
export function followUpEntries(n: PlanNames, other: PlanNames): PartEntries {
  const { plan } = n;
  const theirs = new Set(other.lines().map((l) => l.spent));
  const entries: CompareEntry[] = plan.statusReports.map((r) => {
    const ref = reportTitle(r.period);
    return {
      id: r.id,
      source: r,
      ref,
      label: ref,
      fields: () => [
        field('deadline', dateWords(r.deadline)),
        field('submittedDate', dateWords(r.submittedDate)),
        field('summary', r.summary, { long: true }),
        digest('entries', 'tiltakslinjer', count(r.entries.length, 'linje', 'linjer'), r.entries),
        digest(
          'subGoalNarratives',
          'tekst per delmål',
          count(r.subGoalNarratives.length, 'tekst', 'tekster'),
          r.subGoalNarratives,
        ),
        field('unlocks', r.unlocks.map((u) => `${dateWords(u.date)}: ${u.reason}`).join('; '), {
          label: 'gjenåpninger',
        }),
      ],
    };
  });
  for (const line of n.lines()) {
    if (theirs.has(line.spent)) continue;
    const years = [...new Set(line.spent.map((s) => s.year))].sort((a, b) => a - b);
    for (const year of years) {
      const spent = line.spent.filter((s) => s.year === year && s.amount > 0);
      if (spent.length === 0) continue;
      const name = lineName(n, line);
      entries.push({
        id: `spent:${line.id}:${year}`,
        source: line.spent,
        ref: `Regnskap ${year}`,
        label: `Regnskap ${year}: ${name}`,
        fields: () => [
          field(`spent.${year}`, spentWords(n, spent), { label: `regnskap for ${name}` }),
        ],
        summary: kroner(spent.reduce((a, b) => a + b.amount, 0)),
      });
    }
  }
  for (const f of plan.needFigures) {
    const ref = `Behovstall ${f.year} ${f.category}`;
    const households = (v: number | null) => (v === null ? '' : formatNumber(v));
    entries.push({
      id: f.id,
      source: f,
      ref,
      label: `${ref} (${needCategoryLabels[f.category].toLowerCase()})`,
      fields: () => [
        field('atStart', households(f.atStart)),
        field('atEnd', households(f.atEnd)),
        field('helped', households(f.helped)),
        field('comment', f.comment, { long: true }),
      ],
    });
  }
  const final = plan.finalReport;
  if (final)
    entries.push({
      id: 'finalReport',
      source: final,
      ref: 'Sluttrapporten',
      label: 'Sluttrapporten',
      fields: () => [
        field('summary', final.summary, { long: true }),
        field('submittedDate', dateWords(final.submittedDate)),
        ...final.areas.map((a) =>
          field(
            `areas.${a.focusAreaId}`,
            [a.facts, a.assessment, a.improvements, a.recommendations]
              .map((t) => t.trim())
              .filter(Boolean)
              .join('\n'),
            { label: `tekstene for ${n.area(a.focusAreaId) || 'et satsningsområde'}`, long: true },
          ),
        ),
      ],
    });
  return { ordered: false, entries };
}

export function workshopEntries(n: PlanNames): PartEntries {
  return {
    ordered: true,
    entries: n.plan.workshops.map((w) => {
      const ref = `Verkstedet${quotedTitle(w.title) || ` ${dateWords(w.date)}`}`;
      return {
        id: w.id,
        source: w,
        ref,
        label: ref,
        fields: () => [
          field('title', w.title),
          field('date', dateWords(w.date)),
          field('focusAreaId', n.area(w.focusAreaId), { same: w.focusAreaId ?? '' }),
          field('votesPerPerson', String(w.votesPerPerson)),
          field('participants', String(w.participants)),
          field('notes', w.notes, { long: true }),
          digest('cards', 'kort', count(w.cards.length, 'kort', 'kort'), w.cards),
        ],
      };
    }),
  };
}
