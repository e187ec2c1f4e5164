import { describe, expect, it } from 'vitest';
import { buildOwnerForms } from '#shared/follow-up/owner-forms';
import {
  applyOwnerFormImport,
  previewOwnerFormImport,
  type ReadOwnerForm,
} from '#shared/follow-up/owner-form-import';
import { spentInYear } from '#shared/budget/spending';
import { submitReport, updateReportEntry } from '#shared/plan/report-operations';
import { asParsed, ok, planWithOpenReport, withCell } from '../../../support/owner-form-fixtures';

const STATUS = 'Status (n/v/g/a)';
const PROGRESS = 'Framdrift (%)';
const DONE = 'Kommentar / gjennomført i perioden';

function setup() {
  const plan = planWithOpenReport();
  const forms = buildOwnerForms(plan, plan.statusReports[0]!);
  const spentHeader = forms[1]!.columns.find((c) => c.key.startsWith('spent:'))!.header;
  return { plan, forms, lise: asParsed(forms[0]!), board: asParsed(forms[1]!), spentHeader };
}

describe('previewOwnerFormImport', () => {
  it('lists every change with old and new value and the file it came from', () => {
    const { plan, board, spentHeader } = setup();
    let filled = withCell(board, 'm-2a', STATUS, 'g');
    filled = withCell(filled, 'm-2a', PROGRESS, 100);
    filled = withCell(filled, 'm-2a', DONE, 'Alle fikk tilbud.');
    filled = withCell(filled, 'm-2a', spentHeader, '15 000');
    const preview = previewOwnerFormImport(plan, 'r-1', [ok(filled)]);
    expect(preview.refused).toEqual([]);
    expect(preview.conflicts).toEqual([]);
    expect(preview.changes.map((c) => [c.measureId, c.fieldLabel, c.before, c.after])).toEqual([
      ['m-2a', STATUS, 'v', 'g'],
      ['m-2a', PROGRESS, 50, 100],
      ['m-2a', DONE, '', 'Alle fikk tilbud.'],
      ['m-2a', spentHeader, null, 15000],
    ]);
    expect(preview.changes[0]!.from).toEqual([
      { fileName: board.fileName, ownerName: 'Bydelsutvalget' },
    ]);
    expect(preview.accepted).toEqual([
      { fileName: board.fileName, ownerName: 'Bydelsutvalget', changeCount: 4 },
    ]);
  });

  it('finds nothing to change in an untouched form, or one that says what the app says', () => {
    const { plan, lise, board } = setup();
    expect(previewOwnerFormImport(plan, 'r-1', [ok(lise), ok(board)]).changes).toEqual([]);
    const changed = updateReportEntry(plan, 'r-1', 'm-2a', { progress: 75 });
    const same = withCell(board, 'm-2a', PROGRESS, 75);
    const preview = previewOwnerFormImport(changed, 'r-1', [ok(same)]);
    expect(preview.changes).toEqual([]);
    expect(preview.conflicts).toEqual([]);
  });

  it('shows two files changing the same field differently as a conflict', () => {
    const { plan, board } = setup();
    const a = withCell(board, 'm-2a', PROGRESS, 75);
    const b = { ...withCell(board, 'm-2a', PROGRESS, 60), fileName: 'Kopi.xlsx' };
    const c = { ...withCell(board, 'm-2a', PROGRESS, 75), fileName: 'Kopi 2.xlsx' };
    const preview = previewOwnerFormImport(plan, 'r-1', [ok(a), ok(b), ok(c)]);
    expect(preview.changes).toEqual([]);
    expect(preview.conflicts).toHaveLength(1);
    const conflict = preview.conflicts[0]!;
    expect(conflict.appValue).toBe(50);
    expect(conflict.appChanged).toBe(false);
    expect(conflict.options.map((o) => [o.value, o.from.map((f) => f.fileName)])).toEqual([
      [75, [a.fileName, 'Kopi 2.xlsx']],
      [60, ['Kopi.xlsx']],
    ]);
  });

  it('shows a field changed both in the app since export and in the form as a conflict', () => {
    const { plan, board } = setup();
    const changed = updateReportEntry(plan, 'r-1', 'm-2a', { done: 'Skrevet i appen.' });
    const filled = withCell(board, 'm-2a', DONE, 'Skrevet av eieren.');
    const preview = previewOwnerFormImport(changed, 'r-1', [ok(filled)]);
    expect(preview.changes).toEqual([]);
    expect(preview.conflicts).toEqual([
      expect.objectContaining({
        measureId: 'm-2a',
        field: 'done',
        appValue: 'Skrevet i appen.',
        appChanged: true,
        options: [{ value: 'Skrevet av eieren.', from: [expect.anything()] }],
      }),
    ]);
  });

  it('refuses a file whose column is gone, moved or added, saying which', () => {
    const { plan, board } = setup();
    const without = {
      ...board,
      headers: board.headers.filter((h) => h !== STATUS),
      rows: board.rows.map((r) => ({ ...r, cells: r.cells.filter((_, i) => i !== 7) })),
    };
    const moved = { ...board, headers: [...board.headers].reverse() };
    const added = { ...board, headers: [...board.headers, 'Mine notater'] };
    const preview = previewOwnerFormImport(plan, 'r-1', [ok(without), ok(moved), ok(added)]);
    expect(preview.refused.map((r) => r.message)).toEqual([
      `Skjemaet «${board.fileName}» er endret: kolonnen «Status (n/v/g/a)» mangler.`,
      `Skjemaet «${board.fileName}» er endret: kolonnene er flyttet.`,
      `Skjemaet «${board.fileName}» er endret: kolonnen «Mine notater» er lagt til.`,
    ]);
    expect(preview.accepted).toEqual([]);
  });

  it('refuses a file with a changed locked cell, naming the row', () => {
    const { plan, board } = setup();
    const altered = withCell(board, 'm-2a', 'Tiltak', 'Noe helt annet');
    const preview = previewOwnerFormImport(plan, 'r-1', [ok(altered)]);
    expect(preview.refused[0]!.problems[0]).toMatch(/^rad 6 \(«2A Boveiledning»\): en låst celle/);
  });

  it('refuses a form of another report, another plan, a locked report, or no form at all', () => {
    const { plan, board } = setup();
    const otherPlan = { ...plan, id: 'annen-plan' };
    const locked = submitReport(plan, 'r-1', '2027-07-01');
    const noMeta = { ...board, meta: null };
    expect(previewOwnerFormImport(otherPlan, 'r-1', [ok(board)]).refused[0]!.message).toBe(
      `«${board.fileName}» hører til en annen plan.`,
    );
    const otherReport = {
      ...board,
      meta: board.meta!.replace('"reportId":"r-1"', '"reportId":"r-x"'),
    };
    expect(previewOwnerFormImport(plan, 'r-1', [ok(otherReport)]).refused[0]!.message).toBe(
      `«${board.fileName}» gjelder en rapport som ikke finnes lenger (1. halvår 2027), ikke 1. halvår 2027.`,
    );
    expect(previewOwnerFormImport(locked, 'r-1', [ok(board)]).refused[0]!.message).toBe(
      'Rapporten for 1. halvår 2027 er levert og låst. Lås den opp før du leser inn skjema.',
    );
    expect(previewOwnerFormImport(plan, 'r-1', [ok(noMeta)]).refused[0]!.message).toMatch(
      /er ikke et statusskjema fra Planverksted/,
    );
    const unreadable: ReadOwnerForm = { ok: false, fileName: 'x.xlsx', message: 'Kan ikke leses.' };
    expect(previewOwnerFormImport(plan, 'r-1', [unreadable]).refused).toEqual([
      { fileName: 'x.xlsx', message: 'Kan ikke leses.', problems: [] },
    ]);
  });

  it('refuses invalid status, progress and kroner, naming row and column', () => {
    const { plan, board, spentHeader } = setup();
    let filled = withCell(board, 'm-2a', STATUS, 'ferdig');
    filled = withCell(filled, 'm-2a', PROGRESS, 140);
    filled = withCell(filled, 'm-2a', spentHeader, '1500,50');
    const refused = previewOwnerFormImport(plan, 'r-1', [ok(filled)]).refused[0]!;
    expect(refused.message).toMatch(/kan ikke leses inn/);
    expect(refused.problems).toEqual([
      'rad 6 («2A Boveiledning»), kolonnen «Status (n/v/g/a)»: «ferdig» er ikke en gyldig status (bruk n, v, g eller a)',
      'rad 6 («2A Boveiledning»), kolonnen «Framdrift (%)»: «140» er ikke et helt tall fra 0 til 100',
      expect.stringMatching(
        /^rad 6 \(«2A Boveiledning»\), kolonnen «Regnskap 2027 – .*»: «1500,50»: /,
      ),
    ]);
  });

  it('refuses a file with a row removed or added', () => {
    const { plan, board } = setup();
    const removed = { ...board, rows: [] };
    const added = { ...board, rows: [...board.rows, { row: 7, cells: ['m-zz', 'x'] }] };
    const preview = previewOwnerFormImport(plan, 'r-1', [ok(removed), ok(added)]);
    expect(preview.refused[0]!.problems).toEqual(['raden for «2A Boveiledning» mangler']);
    expect(preview.refused[1]!.problems).toEqual([
      'rad 7 er lagt til eller har fått endret tiltaks-ID',
    ]);
  });

  it('accepts status words and percent text as owners write them', () => {
    const { plan, board } = setup();
    let filled = withCell(board, 'm-2a', STATUS, 'Gjennomført');
    filled = withCell(filled, 'm-2a', PROGRESS, '100 %');
    const preview = previewOwnerFormImport(plan, 'r-1', [ok(filled)]);
    expect(preview.changes.map((c) => c.after)).toEqual(['g', 100]);
  });
});

describe('applyOwnerFormImport', () => {
  it('makes every change and each decided conflict in one new plan', () => {
    const { plan, board, lise, spentHeader } = setup();
    const source = plan.budget.sources[0]!;
    const filled = withCell(withCell(board, 'm-2a', STATUS, 'g'), 'm-2a', spentHeader, 15000);
    const a = withCell(lise, 'm-1a', PROGRESS, 25);
    const b = { ...withCell(lise, 'm-1a', PROGRESS, 50), fileName: 'Kopi.xlsx' };
    const preview = previewOwnerFormImport(plan, 'r-1', [ok(filled), ok(a), ok(b)]);
    const conflict = preview.conflicts[0]!;
    const next = applyOwnerFormImport(plan, preview, { [conflict.id]: 1 });
    const entry = (id: string) => next.statusReports[0]!.entries.find((e) => e.measureId === id)!;
    expect(entry('m-2a').status).toBe('g');
    expect(entry('m-1a').progress).toBe(50);
    // The report is the latest, so the measures follow it.
    expect(next.measures.find((m) => m.id === 'm-2a')!.status).toBe('g');
    expect(
      spentInYear(next.measures.find((m) => m.id === 'm-2a')!.spent, 2027).get(source.id),
    ).toBe(15000);
    // Keeping the app's value leaves the conflicted field as it was.
    const kept = applyOwnerFormImport(plan, preview, { [conflict.id]: 'app' });
    expect(kept.statusReports[0]!.entries.find((e) => e.measureId === 'm-1a')!.progress).toBe(0);
  });

  it('is one step: the plan before is what one undo gives back, and nothing changes for nothing', () => {
    const { plan, board } = setup();
    const preview = previewOwnerFormImport(plan, 'r-1', [ok(withCell(board, 'm-2a', STATUS, 'a'))]);
    const before = structuredClone(plan);
    const next = applyOwnerFormImport(plan, preview);
    expect(next).not.toBe(plan);
    expect(plan).toEqual(before);
    const empty = previewOwnerFormImport(plan, 'r-1', [ok(board)]);
    expect(applyOwnerFormImport(plan, empty)).toBe(plan);
  });

  it('changes nothing in a report locked after the preview', () => {
    const { plan, board } = setup();
    const preview = previewOwnerFormImport(plan, 'r-1', [ok(withCell(board, 'm-2a', STATUS, 'a'))]);
    const locked = submitReport(plan, 'r-1', '2027-07-01');
    expect(applyOwnerFormImport(locked, preview)).toBe(locked);
  });
});
