import type { FileChild } from 'docx';
import { multiYearOverview } from '../../../budget/budget-tables';
import { balanceOf } from '../../../budget/financing';
import { formatKroner, formatNumber, formatPercent } from '../../../format/numbers';
import { planStatusLabels } from '../../../model/plan-info';
import { isMeasurable } from '../../../checks/quality-checks';
import type { WordContext } from '../word-context';
import { TEXT_WIDTH, part, type WordPart } from '../word-page';
import { planTable, widths, type RowSpec } from '../word-tables';
import { bullet, heading, lead, note, paragraph } from '../word-text';
import { STYLE } from '../word-theme';
import { planPeriod, planPlace } from './cover';

const count = (n: number, one: string, many: string) =>
  `${formatNumber(n)} ${n === 1 ? one : many}`;

/** A share of a total as a percentage with one decimal at most: 70 %, 33,3 %. */
export function shareOf(part: number, total: number): string {
  return formatPercent(total === 0 ? 0 : Math.round((part * 1000) / total) / 10);
}

/** The plan in brief, read from the plan itself: goals, focus areas, measures and money. */
export function summaryPart(ctx: WordContext): WordPart {
  const { plan } = ctx;
  const children: FileChild[] = [heading(1, 'Sammendrag')];

  const place = planPlace(ctx);
  const version = plan.info.version.trim() ? `, versjon ${plan.info.version.trim()}` : '';
  children.push(
    paragraph(
      `${plan.info.title.trim() || 'Planen'} gjelder ${place ? `for ${place} ` : ''}i perioden ${planPeriod(ctx)}. ` +
        `Dokumentet har status ${planStatusLabels[plan.info.status].toLowerCase()}${version}.`,
    ),
  );
  children.push(
    plan.vision.text.trim()
      ? paragraph(`Visjonen er: «${plan.vision.text.trim()}»`)
      : note('Planen har ingen visjon ennå.'),
  );

  const subGoals = plan.mainGoals.flatMap((g) => g.subGoals);
  const resultGoals = subGoals.flatMap((g) => g.resultGoals);
  const measurable = resultGoals.filter((r) => isMeasurable(r.indicator)).length;
  children.push(
    plan.mainGoals.length === 0
      ? note('Planen har ingen mål ennå.')
      : paragraph(
          `Planen har ${count(plan.mainGoals.length, 'hovedmål', 'hovedmål')}, ` +
            `${count(subGoals.length, 'delmål', 'delmål')} og ${count(resultGoals.length, 'resultatmål', 'resultatmål')}` +
            (resultGoals.length > 0
              ? `. ${formatNumber(measurable)} av resultatmålene har en målbar indikator.`
              : '.'),
        ),
  );

  if (plan.focusAreas.length === 0) {
    children.push(note('Planen har ingen satsningsområder ennå.'));
  } else {
    children.push(
      paragraph(
        `Arbeidet er delt i ${count(plan.focusAreas.length, 'satsningsområde', 'satsningsområder')} ` +
          `med til sammen ${count(plan.measures.length, 'tiltak', 'tiltak')}:`,
      ),
      ...plan.focusAreas.map((area) =>
        bullet(
          `${`${area.code} ${area.title}`.trim()}: ${count(ctx.measuresByArea.get(area.id)?.length ?? 0, 'tiltak', 'tiltak')}`,
        ),
      ),
    );
  }

  children.push(heading(2, 'Økonomi'));
  const overview = multiYearOverview(plan);
  const { sum } = overview;
  if (sum.cost === 0 && sum.financed === 0) {
    children.push(note('Det er ikke lagt inn kostnader i budsjettet ennå.'));
    return part('portrait', children);
  }
  children.push(
    lead(
      `Samlet kostnad for programperioden ${planPeriod(ctx)} er ${formatKroner(sum.cost)}, ` +
        'medregnet programledelse. Slik er den finansiert:',
    ),
  );
  const sources = overview.sources
    .map((source, i) => ({ name: source.name, amount: sum.bySource[i] ?? 0 }))
    .filter((s) => s.amount !== 0);
  const [name, amount, share] = widths(TEXT_WIDTH.portrait, [5, 2.2, 1.3]);
  const rows: RowSpec[] = sources.map((s) => ({
    cells: [s.name, formatKroner(s.amount), shareOf(s.amount, sum.financed)],
  }));
  rows.push({
    kind: 'sum',
    cells: ['Sum finansiering', formatKroner(sum.financed), shareOf(sum.financed, sum.financed)],
  });
  children.push(
    planTable(
      [
        { title: 'Finansieringskilde', width: name! },
        { title: 'Beløp', width: amount!, numeric: true },
        { title: 'Andel', width: share!, numeric: true },
      ],
      rows,
      { keepTogether: true },
    ),
  );
  const balance = balanceOf(sum.cost, sum.financed);
  if (balance.state === 'underfinansiert')
    children.push(
      paragraph(
        `Finansieringen dekker ikke hele kostnaden: ${formatKroner(-balance.difference)} mangler.`,
        STYLE.tableNote,
      ),
    );
  else if (balance.state === 'overfinansiert')
    children.push(
      paragraph(
        `Finansieringen er ${formatKroner(balance.difference)} mer enn kostnaden.`,
        STYLE.tableNote,
      ),
    );
  return part('portrait', children);
}
