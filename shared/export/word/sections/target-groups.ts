import { targetGroupName } from '../../../model/strategies';
import { targetGroupMatrix } from '../../../plan/target-group-matrix';
import type { WordContext } from '../word-context';
import { TEXT_WIDTH, part, type WordPart } from '../word-page';
import { planTable, widths } from '../word-tables';
import { STYLE } from '../word-theme';
import { bold, bullet, heading, note, paragraph } from '../word-text';

/** What an empty cell of the matrix says: no measure serves this group in this area. */
export const MATRIX_GAP = 'Ingen tiltak';

/**
 * Up to this many measures in every cell, a cell names each measure; with more, it gives their
 * codes only (the names are in the activity tables), so the matrix stays a table one can read
 * across instead of rows running over several pages.
 */
export const MATRIX_NAMES_UP_TO = 8;

/** The target groups, then Grorud's matrix of target groups × focus areas with the gaps shown. */
export function targetGroupParts(ctx: WordContext): WordPart[] {
  const { plan } = ctx;
  const children = [heading(1, 'Målgrupper')];
  if (plan.targetGroups.length === 0) {
    children.push(note('Planen har ingen målgrupper ennå.'));
    return [part('portrait', children)];
  }
  children.push(
    paragraph(`Planen retter seg særlig mot ${plan.targetGroups.length} målgrupper:`),
    ...plan.targetGroups.map((g) =>
      bullet(
        g.description.trim()
          ? [bold(targetGroupName(g)), ` – ${g.description.trim()}`]
          : [bold(targetGroupName(g))],
      ),
    ),
  );
  const matrix = targetGroupMatrix(plan);
  if (matrix.columns.length === 0) {
    children.push(
      heading(2, 'Målgrupper og satsningsområder'),
      note('Planen har ingen satsningsområder ennå, så tiltakene kan ikke fordeles på målgrupper.'),
    );
    return [part('portrait', children)];
  }
  const gaps =
    matrix.gapCount === 0
      ? 'Alle målgrupper har tiltak i alle satsningsområder.'
      : `${matrix.gapCount} av ${matrix.cellCount} ruter er tomme: der har ingen tiltak rettet seg mot målgruppen i satsningsområdet ennå.`;
  const codesOnly = matrix.rows.some((row) =>
    row.cells.some((cell) => cell.measures.length > MATRIX_NAMES_UP_TO),
  );
  children.push(
    paragraph(
      'Tabellen på neste side viser hvilke tiltak som retter seg mot hver målgruppe i hvert satsningsområde. ' +
        (codesOnly ? 'Tiltakene står med koden; navnene står i tiltakstabellene. ' : '') +
        'Den er både et arbeidsverktøy og grunnlaget for den årlige rapporteringen.',
    ),
  );
  const [first, ...rest] = widths(TEXT_WIDTH.landscape, [3, ...matrix.columns.map(() => 3)]);
  const table = planTable(
    [
      { title: 'Målgruppe', width: first! },
      ...matrix.columns.map((c, i) => ({ title: `${c.code} ${c.title}`.trim(), width: rest[i]! })),
    ],
    matrix.rows.map((row) => ({
      cells: [
        [[bold(targetGroupName(row.targetGroup))]],
        ...row.cells.map((cell) =>
          cell.measures.length === 0
            ? { content: MATRIX_GAP, gap: true }
            : codesOnly
              ? cell.measures.map((m) => m.code.trim() || m.title.trim()).join(', ')
              : cell.measures.map((m) => `${m.code} ${m.title}`.trim()),
        ),
      ],
    })),
  );
  const after = [paragraph(gaps, STYLE.tableNote)];
  if (matrix.measuresWithoutTargetGroup.length > 0)
    after.push(
      paragraph(
        `Tiltak uten målgruppe, som ikke står i tabellen: ${matrix.measuresWithoutTargetGroup
          .map((m) => `${m.code} ${m.title}`.trim())
          .join('; ')}.`,
        STYLE.tableNote,
      ),
    );
  return [
    part('portrait', children),
    part('landscape', [heading(2, 'Målgrupper og satsningsområder'), table, ...after]),
  ];
}
