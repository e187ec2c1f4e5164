import type { Measure } from '../model/measures';
import type { Plan } from '../model/plan';
import { measureDisplayCode } from './measure-groups';
import { sortedMeasures } from './traceability';

// The matrix that ends Grorud's plan: rows are target groups, columns focus areas, and each cell
// lists the measures serving that group in that area. Derived, never stored; the Word export
// reuses it. An empty cell is a gap.

export interface MatrixMeasure {
  id: string;
  code: string;
  title: string;
}

export interface MatrixColumn {
  id: string;
  code: string;
  title: string;
}

export interface MatrixCell {
  focusAreaId: string;
  /** Own measures, then shared projects, each sorted by code (1A, 1B …). Empty: a gap. */
  measures: MatrixMeasure[];
}

export interface MatrixRow {
  targetGroup: { id: string; name: string };
  cells: MatrixCell[];
  gapCount: number;
}

export interface TargetGroupMatrix {
  columns: MatrixColumn[];
  rows: MatrixRow[];
  /** Cells without any measure. */
  gapCount: number;
  cellCount: number;
  /** Measures that name no target group, so they appear nowhere in the matrix. */
  measuresWithoutTargetGroup: MatrixMeasure[];
}

export function targetGroupMatrix(plan: Plan): TargetGroupMatrix {
  // Own measures before shared projects in each area; a code read without its heading is told
  // apart («Felles 1A») where a local measure has it too.
  const brief = (m: Measure): MatrixMeasure => ({
    id: m.id,
    code: measureDisplayCode(plan, m),
    title: m.title,
  });
  const measures = sortedMeasures(plan);
  const columns = plan.focusAreas.map((f) => ({ id: f.id, code: f.code, title: f.title }));
  const rows = plan.targetGroups.map((group) => {
    const cells = columns.map((column) => ({
      focusAreaId: column.id,
      measures: measures
        .filter((m) => m.focusAreaId === column.id && m.targetGroupIds.includes(group.id))
        .map(brief),
    }));
    return {
      targetGroup: { id: group.id, name: group.name },
      cells,
      gapCount: cells.filter((c) => c.measures.length === 0).length,
    };
  });
  return {
    columns,
    rows,
    gapCount: rows.reduce((sum, row) => sum + row.gapCount, 0),
    cellCount: rows.length * columns.length,
    measuresWithoutTargetGroup: measures.filter((m) => m.targetGroupIds.length === 0).map(brief),
  };
}
