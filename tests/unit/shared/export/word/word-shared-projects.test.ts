import { describe, expect, it } from 'vitest';
import { cellsOf, rowsOf, tableAfter } from '../../../../support/docx-reader';
import { sharedProjectsPlan } from '../../../../support/shared-projects-plan';
import { wordSections } from '../../../../support/word-export-fixtures';

describe('shared projects in the Word document', () => {
  it('stand last in the activity table under «Felles prosjekter», with the form’s repeated codes', async () => {
    const { blocks } = await wordSections(sharedProjectsPlan(), ['satsningsomrader']);
    const rows = rowsOf(tableAfter(blocks, 'Tiltak i satsningsområde 1').xml).map(cellsOf);
    const body = rows.slice(1, -1).map((r) => [r[0], r[1]?.split('\n')[0]]);
    expect(body).toEqual([
      ['1A', 'Boligtorg'],
      ['1B', 'Bostøtteveiledning'],
      ['Felles prosjekter', undefined],
      ['1A', 'Ressursbank'],
      ['1B', 'Felles kartlegging'],
    ]);
    expect(rows.at(-1)![0]).toBe('Sum 4 tiltak');
    // An area without shared projects has no such heading.
    const other = rowsOf(tableAfter(blocks, 'Tiltak i satsningsområde 2').xml).map(cellsOf);
    expect(other.map((r) => r[0])).not.toContain('Felles prosjekter');
  });

  it('are told apart as «Felles 1A» in the short version’s overview, which has no such heading', async () => {
    const { blocks } = await wordSections(sharedProjectsPlan(), ['tiltaksoversikt']);
    const rows = rowsOf(tableAfter(blocks, 'Tiltaksoversikt').xml).map((r) => cellsOf(r)[0]);
    expect(rows.slice(1)).toEqual([
      'Satsningsområde 1: Boliger',
      '1A',
      '1B',
      'Felles 1A',
      'Felles 1B',
      'Satsningsområde 2: Tjenester',
      '2A',
      expect.stringMatching(/^Sum/),
    ]);
  });
});
