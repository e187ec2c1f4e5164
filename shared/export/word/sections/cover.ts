import {
  BorderStyle,
  ImageRun,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
} from 'docx';
import { textRun } from '../word-run';
import { formatDate } from '../../../format/dates';
import { nationalFrameLabels, planStatusLabels, type PlanLogo } from '../../../model/plan-info';
import { base64ToBytes } from '../../../format/base64';
import type { WordContext } from '../word-context';
import type { DraftStanding } from '../../../model/plan-history';
import { PLAN_TABLE_STYLE } from '../word-table-style';
import { TEXT_WIDTH, type WordPart } from '../word-page';
import { COLOUR, SIZE, STYLE } from '../word-theme';

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

/**
 * A name without the role its label already says: under «Programleder» the programme leader is
 * «Marte Fjellheim», not «Marte Fjellheim, Programleder»; a body called «Bydelsdirektør –
 * programansvarlig» is «Bydelsdirektør» under «Programansvarlig».
 */
export function withoutRole(name: string, role: string): string {
  const parts = name.split(/\s*(?:,|\s[–-]\s)\s*/u).filter(Boolean);
  const kept = parts.filter((p) => p.toLocaleLowerCase('nb') !== role.toLocaleLowerCase('nb'));
  return kept.length > 0 ? kept.join(', ') : name;
}

/** One line of the programme box: what it is, and who or what. */
export interface ProgrammeFact {
  label: string;
  value: string;
}

/** Programme leader with phone and e-mail, programme owner and the national frame. */
export function programmeFacts(ctx: WordContext): ProgrammeFact[] {
  const { info: planInfo } = ctx.plan;
  const facts: ProgrammeFact[] = [];
  const leaderRef = planInfo.programmeLeader;
  const leader = withoutRole(ctx.partyName(leaderRef), 'Programleder');
  if (leaderRef && leader) {
    facts.push({ label: 'Programleder', value: leader });
    const person = leaderRef.kind === 'person' ? ctx.people.get(leaderRef.id) : undefined;
    if (person?.phone.trim()) facts.push({ label: 'Telefon', value: person.phone.trim() });
    if (person?.email.trim()) facts.push({ label: 'E-post', value: person.email.trim() });
  }
  const owner = withoutRole(ctx.partyName(planInfo.owner), 'Programansvarlig');
  if (owner) facts.push({ label: 'Programansvarlig', value: owner });
  if (planInfo.nationalFrame !== 'ingen')
    facts.push({ label: 'Nasjonal ramme', value: nationalFrameLabels[planInfo.nationalFrame] });
  return facts;
}

/** Status, version, dates and case number, one short line each. */
function statusLines(ctx: WordContext): string[] {
  const { info: planInfo } = ctx.plan;
  const draft = ctx.options.draft;
  if (draft) return draftLines(ctx, draft);
  const version = planInfo.version.trim();
  const lines = [`${planStatusLabels[planInfo.status]}${version ? ` · versjon ${version}` : ''}`];
  if (planInfo.status === 'hoering' && planInfo.consultationDeadline)
    lines.push(`Høringsfrist: ${formatDate(planInfo.consultationDeadline)}`);
  if (planInfo.status === 'vedtatt' && (planInfo.adoptedBy.trim() || planInfo.adoptedDate)) {
    const by = planInfo.adoptedBy.trim() ? ` av ${planInfo.adoptedBy.trim()}` : '';
    const date = planInfo.adoptedDate ? ` ${formatDate(planInfo.adoptedDate)}` : '';
    lines.push(`Vedtatt${by}${date}`);
  }
  if (planInfo.caseNumber.trim()) lines.push(`Saksnummer: ${planInfo.caseNumber.trim()}`);
  lines.push(`Dato: ${formatDate(ctx.options.date)}`);
  return lines;
}

/** A draft on top of an adopted version: what it builds on and how far it has moved. */
function draftLines(ctx: WordContext, draft: DraftStanding): string[] {
  const { status, consultationDeadline } = ctx.plan.info;
  const lines = [
    status === 'vedtatt'
      ? `Utkast til versjon ${draft.number}`
      : `${planStatusLabels[status]} · utkast til versjon ${draft.number}`,
    `Bygger på ${draft.adopted}`,
    `${draft.changes} ${draft.changes === 1 ? 'endring' : 'endringer'} siden vedtaket`,
  ];
  if (status === 'hoering' && consultationDeadline)
    lines.push(`Høringsfrist: ${formatDate(consultationDeadline)}`);
  lines.push(`Dato: ${formatDate(ctx.options.date)}`);
  return lines;
}

/** The largest a logo is drawn on the cover, in pixels (docx's unit for pictures). */
const LOGO_BOX = { width: 240, height: 110 };

export function logoParagraph(logo: PlanLogo, place: string): Paragraph {
  const scale = Math.min(LOGO_BOX.width / logo.width, LOGO_BOX.height / logo.height, 1);
  const alt = logo.alt.trim() || (place ? `Logo for ${place}` : 'Logo');
  return new Paragraph({
    spacing: { before: 0, after: 0 },
    children: [
      new ImageRun({
        type: logo.mimeType === 'image/png' ? 'png' : 'jpg',
        data: base64ToBytes(logo.data),
        transformation: {
          width: Math.max(1, Math.floor(logo.width * scale)),
          height: Math.max(1, Math.floor(logo.height * scale)),
        },
        altText: { name: 'Logo', title: alt, description: alt },
      }),
    ],
  });
}

const boxBorder = { style: BorderStyle.SINGLE, size: 6, color: COLOUR.rule };
const boxFill = { type: ShadingType.CLEAR, fill: COLOUR.groupFill, color: 'auto' };
const noBorder = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

/** The programme box: a calm two-column table at the foot of the cover. */
export function programmeBox(facts: ProgrammeFact[]): Table {
  const [labelWidth, valueWidth] = [2600, TEXT_WIDTH.portrait - 2600];
  const cell = (text: string, width: number, bold: boolean) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      shading: boxFill,
      margins: { top: 60, bottom: 60, left: 140, right: 140 },
      children: [
        new Paragraph({
          style: STYLE.tableText,
          children: [textRun({ text, bold, size: SIZE.body })],
        }),
      ],
    });
  const titleRow = new TableRow({
    cantSplit: true,
    keepNext: true,
    children: [
      new TableCell({
        columnSpan: 2,
        width: { size: TEXT_WIDTH.portrait, type: WidthType.DXA },
        shading: boxFill,
        margins: { top: 100, bottom: 60, left: 140, right: 140 },
        children: [
          new Paragraph({
            style: STYLE.tableText,
            children: [
              textRun({
                text: 'Om programmet',
                bold: true,
                size: SIZE.heading3,
                color: COLOUR.heading,
              }),
            ],
          }),
        ],
      }),
    ],
  });
  return new Table({
    // The plan's one table style, with the box's own borders and fill on top.
    style: PLAN_TABLE_STYLE,
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH.portrait, type: WidthType.DXA },
    columnWidths: [labelWidth, valueWidth],
    borders: {
      top: boxBorder,
      bottom: boxBorder,
      left: boxBorder,
      right: boxBorder,
      insideHorizontal: noBorder,
      insideVertical: noBorder,
    },
    rows: [
      titleRow,
      ...facts.map(
        (fact) =>
          new TableRow({
            cantSplit: true,
            keepNext: true,
            children: [cell(fact.label, labelWidth, true), cell(fact.value, valueWidth, false)],
          }),
      ),
    ],
  });
}

/** About how many lines a text takes on the cover at a font size (half points), for spacing. */
const linesOf = (text: string, halfPoints: number) =>
  Math.max(1, Math.ceil((text.length * halfPoints * 0.28) / (TEXT_WIDTH.portrait / 20)));

/**
 * The cover: the logo at the top, the municipality or district large, the title, the period
 * once, status and date; the programme box at the foot of the page, so the page is filled
 * calmly rather than all text in its top half.
 */
export function coverPart(ctx: WordContext): WordPart {
  const { info: planInfo } = ctx.plan;
  const title = planInfo.title.trim() || 'Boligsosial handlingsplan';
  const period = planPeriod(ctx);
  const district = planInfo.district.trim();
  const municipality = planInfo.municipality.trim();
  const placeLines = [district, municipality].filter(Boolean);
  const place = planPlace(ctx);
  const lines = statusLines(ctx);
  const facts = programmeFacts(ctx);
  // The period is printed once: not again when the title already names it.
  const showPeriod =
    !title.includes(period) && !title.includes(`${planInfo.periodStart}-${planInfo.periodEnd}`);

  const logo = planInfo.logo;
  const top = logo ? [logoParagraph(logo, place)] : [];
  const aboveTitle = logo ? 1600 : 2800;

  // Heights in twips, roughly, so the box lands near the foot of the page and never spills over.
  const used =
    (logo ? Math.min(LOGO_BOX.height, logo.height) * 15 : 0) +
    aboveTitle +
    placeLines.reduce(
      (sum, l, i) => sum + linesOf(l, i === 0 ? 40 : 28) * (i === 0 ? 560 : 420),
      0,
    ) +
    linesOf(title, SIZE.title) * 620 +
    240 +
    (showPeriod ? 620 : 0) +
    lines.length * 330 +
    (facts.length + 1) * 440 +
    600;
  const free = 14230 - used - 700;

  return {
    orientation: 'portrait',
    cover: true,
    children: [
      ...top,
      new Paragraph({ spacing: { before: aboveTitle, after: 0 }, children: [] }),
      ...placeLines.map(
        (text, i) =>
          new Paragraph({
            spacing: { before: 0, after: i === placeLines.length - 1 ? 360 : 60 },
            children: [
              textRun({
                text,
                size: i === 0 ? 40 : 28,
                bold: i === 0,
                color: i === 0 ? COLOUR.accent : COLOUR.muted,
              }),
            ],
          }),
      ),
      new Paragraph({ style: STYLE.title, children: [textRun(title)] }),
      ...(showPeriod
        ? [new Paragraph({ style: STYLE.subtitle, children: [textRun(period)] })]
        : [new Paragraph({ spacing: { before: 0, after: 240 }, children: [] })]),
      ...lines.map(info),
      ...(facts.length > 0
        ? [
            new Paragraph({ spacing: { before: Math.max(240, free), after: 0 }, children: [] }),
            programmeBox(facts),
          ]
        : []),
    ],
  };
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
