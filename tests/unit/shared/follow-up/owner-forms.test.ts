import { describe, expect, it } from 'vitest';
import {
  buildOwnerForms,
  NO_OWNER_NAME,
  ownerFormMetaSchema,
  ownerFormSchema,
  rowFingerprint,
} from '#shared/follow-up/owner-forms';
import { setMeasureSpent } from '#shared/plan/spending-operations';
import { updateReportEntry } from '#shared/plan/report-operations';
import { planWithOpenReport } from '../../../support/owner-form-fixtures';

describe('buildOwnerForms', () => {
  it('makes one form per owner, measures without owner in «Uten ansvarlig»', () => {
    const plan = planWithOpenReport();
    const forms = buildOwnerForms(plan, plan.statusReports[0]!);
    expect(forms.map((f) => [f.ownerName, f.rows.map((r) => r.measureId)])).toEqual([
      ['Lise Fjellvang', ['m-1a']],
      ['Bydelsutvalget', ['m-2a']],
      [NO_OWNER_NAME, ['m-2b']],
    ]);
    expect(forms[0]!.fileName).toBe('Lise Fjellvang – status 1. halvår 2027');
    expect(forms.every((f) => ownerFormSchema.safeParse(f).success)).toBe(true);
  });

  it('shows the locked context and the current editable values, spending of the report year', () => {
    let plan = planWithOpenReport();
    const source = plan.budget.sources[0]!;
    plan = setMeasureSpent(plan, 'm-2a', 2027, source.id, 12000);
    plan = setMeasureSpent(plan, 'm-2a', 2028, source.id, 999);
    plan = updateReportEntry(plan, 'r-1', 'm-2a', { done: 'Ti kurs holdt.', progress: 70 });
    const form = buildOwnerForms(plan, plan.statusReports[0]!)[1]!;
    const cell = (header: string) =>
      form.rows[0]!.cells[form.columns.findIndex((c) => c.header === header)];
    expect(cell('Kode')).toBe('2A');
    expect(cell('Tiltak')).toBe('Boveiledning');
    expect(cell('Innsatsområde')).toBe('2 Individuell oppfølging i bomiljø');
    expect(cell('Planlagt resultat')).toBe('Færre utkastelser.');
    expect(cell('Status (n/v/g/a)')).toBe('v');
    expect(cell('Framdrift (%)')).toBe(70);
    expect(cell('Kommentar / gjennomført i perioden')).toBe('Ti kurs holdt.');
    expect(cell(`Regnskap 2027 – ${source.name} (kr)`)).toBe(12000);
    expect(
      form.columns
        .filter((c) => c.editable)
        .map((c) => c.key)
        .slice(0, 5),
    ).toEqual(['status', 'progress', 'done', 'challenges', 'correctiveAction']);
    expect(form.meta.rows[0]!.base['progress']).toBe(70);
    expect(ownerFormMetaSchema.parse(JSON.parse(JSON.stringify(form.meta)))).toEqual(form.meta);
  });

  it('fingerprints only the locked cells', () => {
    const plan = planWithOpenReport();
    const form = buildOwnerForms(plan, plan.statusReports[0]!)[0]!;
    const cells = form.rows[0]!.cells;
    const base = rowFingerprint(form.columns, cells);
    expect(form.meta.rows[0]!.fingerprint).toBe(base);
    const editable = form.columns.findIndex((c) => c.key === 'done');
    const locked = form.columns.findIndex((c) => c.key === 'title');
    expect(
      rowFingerprint(
        form.columns,
        cells.map((c, i) => (i === editable ? 'x' : c)),
      ),
    ).toBe(base);
    expect(
      rowFingerprint(
        form.columns,
        cells.map((c, i) => (i === locked ? 'Annet tiltak' : c)),
      ),
    ).not.toBe(base);
  });

  it('gives two owners with the same name different file names', () => {
    const plan = planWithOpenReport();
    plan.people.push({ ...plan.people[0]!, id: 'p-2' });
    plan.measures[2] = { ...plan.measures[2]!, owner: { kind: 'person', id: 'p-2' } };
    const names = buildOwnerForms(plan, plan.statusReports[0]!).map((f) => f.fileName);
    expect(new Set(names).size).toBe(names.length);
  });
});
