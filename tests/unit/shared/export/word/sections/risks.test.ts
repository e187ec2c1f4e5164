import { describe, expect, it } from 'vitest';
import { addRisk, setRiskMeasure } from '#shared/plan/risk-operations';
import { measureDisplayCode } from '#shared/plan/measure-groups';
import { sortedMeasures } from '#shared/plan/traceability';
import { cellsOf, headings, rowsOf, tableAfter } from '../../../../../support/docx-reader';
import { wordExportPlan, wordSections } from '../../../../../support/word-export-fixtures';

/** The fixture with three risks of its own: one high, one middling, one low. */
function planWithRisks() {
  let plan = wordExportPlan();
  plan.risks = [];
  const [first, second] = sortedMeasures(plan);
  plan = addRisk(
    plan,
    {
      title: 'For få utleieboliger',
      description: 'Markedet strammer seg til.',
      likelihood: 'hoy',
      consequence: 'middels',
      mitigation: 'Avtaler med private utleiere',
      owner: { kind: 'person', id: plan.people[0]!.id },
    },
    'r1',
  );
  plan = addRisk(plan, { title: 'Lav deltakelse', likelihood: 'lav', consequence: 'hoy' }, 'r2');
  plan = addRisk(plan, { title: '', likelihood: 'hoy', consequence: 'middels' }, 'r3');
  plan = setRiskMeasure(plan, 'r1', second!.id, true);
  plan = setRiskMeasure(plan, 'r1', first!.id, true);
  return { plan, codes: [first!, second!].map((m) => measureDisplayCode(plan, m)) };
}

describe('the risk analysis in Word', () => {
  it('shows the matrix before the risk table, under headings of their own', async () => {
    const { plan } = planWithRisks();
    const { blocks } = await wordSections(plan, ['kapitler']);
    const h2 = headings(blocks, 2);
    expect(h2.indexOf('Risikomatrise')).toBeGreaterThanOrEqual(0);
    expect(h2.indexOf('Risikoene')).toBe(h2.indexOf('Risikomatrise') + 1);
  });

  it('writes the matrix with both axes and each cell’s level in words, not colour only', async () => {
    const { plan } = planWithRisks();
    const { blocks } = await wordSections(plan, ['kapitler']);
    const rows = rowsOf(tableAfter(blocks, 'Risikomatrise').xml).map(cellsOf);
    expect(rows).toEqual([
      ['Sannsynlighet / konsekvens', 'Lav konsekvens', 'Middels konsekvens', 'Høy konsekvens'],
      [
        'Høy sannsynlighet',
        'Middels risiko',
        'Høy risiko\n1. For få utleieboliger\n3. Risiko 3',
        'Høy risiko',
      ],
      ['Middels sannsynlighet', 'Lav risiko', 'Middels risiko', 'Høy risiko'],
      ['Lav sannsynlighet', 'Lav risiko', 'Lav risiko', 'Middels risiko\n2. Lav deltakelse'],
    ]);
    // The fill repeats the level: the three high cells share one, unlike the others.
    const matrix = tableAfter(blocks, 'Risikomatrise').xml;
    expect(matrix.match(/w:fill="F8D7D7"/g)).toHaveLength(3);
  });

  it('numbers the risks in the table as in the matrix, with the assessment and the threatened measures', async () => {
    const { plan, codes } = planWithRisks();
    const { blocks } = await wordSections(plan, ['kapitler']);
    const rows = rowsOf(tableAfter(blocks, 'Risikoene').xml).map(cellsOf);
    expect(rows[0]).toEqual([
      'Risiko',
      'Vurdering',
      'Tiltak mot risikoen',
      'Ansvarlig',
      'Tiltak som trues',
    ]);
    expect(rows[1]).toEqual([
      '1. For få utleieboliger\nMarkedet strammer seg til.',
      'Sannsynlighet: høy\nKonsekvens: middels\nHøy risiko',
      'Avtaler med private utleiere',
      expect.stringMatching(/\S/),
      codes.join(', '),
    ]);
    expect(rows[2]!.slice(0, 2)).toEqual([
      '2. Lav deltakelse',
      'Sannsynlighet: lav\nKonsekvens: høy\nMiddels risiko',
    ]);
    expect(rows[3]![0]).toBe('3. Risiko 3');
    expect(rows[3]![4]).toBe('');
  });
});
