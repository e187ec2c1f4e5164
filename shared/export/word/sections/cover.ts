import { Paragraph } from 'docx';
import { textRun } from '../word-run';
import { formatDate } from '../../../format/dates';
import { nationalFrameLabels, planStatusLabels } from '../../../model/plan-info';
import type { WordContext } from '../word-context';
import type { WordPart } from '../word-page';
import { STYLE } from '../word-theme';

/** Who the plan is for: "Bydel Grorud, Oslo kommune". */
export function planPlace(ctx: WordContext): string {
  const { district, municipality } = ctx.plan.info;
  return [district, municipality]
    .map((s) => s.trim())
    .filter(Boolean)
    .join(', ');
}

export function planPeriod(ctx: WordContext): string {
  const { periodStart, periodEnd } = ctx.plan.info;
  return periodStart === periodEnd ? String(periodStart) : `${periodStart}–${periodEnd}`;
}

const info = (text: string) => new Paragraph({ style: STYLE.coverInfo, children: [textRun(text)] });

/** Title, place, period, status and version, and the date of the export. */
export function coverPart(ctx: WordContext): WordPart {
  const { info: planInfo } = ctx.plan;
  const lines: string[] = [
    `Status: ${planStatusLabels[planInfo.status]}${planInfo.version.trim() ? ` · versjon ${planInfo.version.trim()}` : ''}`,
  ];
  if (planInfo.status === 'hoering' && planInfo.consultationDeadline)
    lines.push(`Høringsfrist: ${formatDate(planInfo.consultationDeadline)}`);
  if (planInfo.status === 'vedtatt' && (planInfo.adoptedBy.trim() || planInfo.adoptedDate)) {
    const by = planInfo.adoptedBy.trim() ? ` av ${planInfo.adoptedBy.trim()}` : '';
    const date = planInfo.adoptedDate ? ` ${formatDate(planInfo.adoptedDate)}` : '';
    lines.push(`Vedtatt${by}${date}`);
  }
  if (planInfo.caseNumber.trim()) lines.push(`Saksnummer: ${planInfo.caseNumber.trim()}`);
  const leader = ctx.partyName(planInfo.programmeLeader);
  if (leader) lines.push(`Programleder: ${leader}`);
  if (planInfo.nationalFrame !== 'ingen')
    lines.push(`Nasjonal ramme: ${nationalFrameLabels[planInfo.nationalFrame]}`);
  lines.push(`Dato: ${formatDate(ctx.options.date)}`);

  const place = planPlace(ctx);
  return coverPage(
    planInfo.title.trim() || 'Boligsosial handlingsplan',
    [...(place ? [place] : []), `Handlingsplan for ${planPeriod(ctx)}`],
    lines,
  );
}

/** A cover page: the title a third of the way down, subtitle lines, then the facts below. */
export function coverPage(title: string, subtitle: string[], lines: string[]): WordPart {
  return {
    orientation: 'portrait',
    cover: true,
    children: [
      // Space above the title, so it sits a third of the way down the page.
      new Paragraph({ spacing: { before: 3600, after: 0 }, children: [] }),
      new Paragraph({ style: STYLE.title, children: [textRun(title)] }),
      new Paragraph({
        style: STYLE.subtitle,
        children: subtitle.map((text, i) => textRun({ text, break: i > 0 ? 1 : 0 })),
      }),
      ...lines.map(info),
    ],
  };
}
