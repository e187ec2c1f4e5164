import { formatDate } from '../../../format/dates';
import { runQualityChecks, type PlanSection } from '../../../checks/quality-checks';
import type { WordContext } from '../word-context';
import { part, type WordPart } from '../word-page';
import { bullet, heading, note, paragraph } from '../word-text';
import { wordSectionLabels } from '../word-export-options';

/** The parts of the plan, in the order the document presents them. */
const groupTitles: Record<PlanSection, string> = {
  'om-planen': 'Om planen',
  'visjon-og-mal': 'Visjon og mål',
  strategier: 'Strategier',
  tiltak: 'Satsningsområder og tiltak',
  malgrupper: 'Målgrupper',
  budsjett: 'Budsjett',
  organisering: 'Organisering',
  regnskap: 'Regnskap',
  statusrapporter: 'Statusrapporter',
  personer: 'Personer og partnere',
  tekstkapitler: 'Tekstkapitler',
  risikoanalyse: 'Risikoanalyse',
};

/** Open items from Kvalitetssjekk, grouped by the part of the plan where they are fixed. */
export function qualityAppendixPart(ctx: WordContext): WordPart {
  const children = [heading(1, wordSectionLabels.kvalitetssjekk)];
  const problems = runQualityChecks(ctx.plan, { today: ctx.options.date });
  if (problems.length === 0) {
    children.push(note('Kvalitetssjekken fant ingen åpne punkter.'));
    return part('portrait', children);
  }
  children.push(
    paragraph(
      `Kvalitetssjekken fant ${problems.length} ${problems.length === 1 ? 'åpent punkt' : 'åpne punkter'} ` +
        `da dokumentet ble laget ${formatDate(ctx.options.date)}. De bør avklares før planen vedtas.`,
    ),
  );
  const groups = new Map<PlanSection, string[]>();
  for (const p of problems) {
    const list = groups.get(p.section) ?? [];
    list.push(p.message);
    groups.set(p.section, list);
  }
  for (const section of Object.keys(groupTitles) as PlanSection[]) {
    const messages = groups.get(section);
    if (!messages) continue;
    children.push(heading(2, groupTitles[section]), ...messages.map((m) => bullet(m)));
  }
  return part('portrait', children);
}
