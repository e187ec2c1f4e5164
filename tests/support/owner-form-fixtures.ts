import type { Plan } from '#shared/model/plan';
import { newMeasure } from '#shared/plan/measure-operations';
import { startStatusReport } from '#shared/plan/report-operations';
import type { CellValue, OwnerForm } from '#shared/follow-up/owner-forms';
import type { ParsedOwnerForm, ReadOwnerForm } from '#shared/follow-up/owner-form-import';
import { samplePlan } from './plan-fixtures';

/** The sample plan with three measures (Lise, Bydelsutvalget, no owner) and an open report. */
export function planWithOpenReport(): Plan {
  const plan = samplePlan();
  plan.measures = [
    ...plan.measures,
    {
      ...newMeasure('m-2a', 'fa-2', '2A'),
      title: 'Boveiledning',
      expectedResult: 'Færre utkastelser.',
      owner: { kind: 'body', id: 'b-bu' },
      status: 'v',
      progress: 50,
    },
    { ...newMeasure('m-2b', 'fa-2', '2B'), title: 'Nabomøter' },
  ];
  plan.measures[0] = { ...plan.measures[0]!, spent: [] };
  return startStatusReport(plan, { period: { year: 2027, part: 'h1' } }, 'r-1', '2027-06-01');
}

/** The form as the main process would read it back untouched from its workbook. */
export function asParsed(form: OwnerForm, fileName = `${form.fileName}.xlsx`): ParsedOwnerForm {
  return {
    fileName,
    meta: JSON.stringify(form.meta),
    headers: form.columns.map((c) => c.header),
    rows: form.rows.map((r, i) => ({ row: 6 + i, cells: [...r.cells] })),
  };
}

/** A copy of the parsed form with one cell changed, as an owner (or someone else) would. */
export function withCell(
  parsed: ParsedOwnerForm,
  measureId: string,
  header: string,
  value: CellValue,
): ParsedOwnerForm {
  const column = parsed.headers.indexOf(header);
  if (column < 0) throw new Error(`Ingen kolonne ${header}`);
  return {
    ...parsed,
    rows: parsed.rows.map((r) =>
      r.cells[0] === measureId
        ? { ...r, cells: r.cells.map((c, i) => (i === column ? value : c)) }
        : r,
    ),
  };
}

export const ok = (form: ParsedOwnerForm): ReadOwnerForm => ({ ok: true, form });
