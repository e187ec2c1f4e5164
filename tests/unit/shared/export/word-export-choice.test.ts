import { describe, expect, it } from 'vitest';
import {
  prepareWordAssets,
  wantsCharts,
  wantsOrgChart,
  type ChartDrawer,
} from '#shared/export/word-export-assets';
import {
  presetMatching,
  readSectionChoice,
  sectionsInOrder,
} from '#shared/export/word-export-choice';
import { wordPresets } from '#shared/export/word/word-export-options';
import { samplePlan } from '../../../support/plan-fixtures';

describe('choosing what goes into the Word document', () => {
  it('knows a preset by its sections in any order, and an own choice when they differ', () => {
    expect(presetMatching([...wordPresets.kortversjon.sections].reverse())).toBe('kortversjon');
    expect(presetMatching([...wordPresets.full.sections])).toBe('full');
    expect(presetMatching([...wordPresets.full.sections, 'kvalitetssjekk'])).toBeNull();
    expect(presetMatching(['forside'])).toBeNull();
    expect(presetMatching([])).toBeNull();
  });

  it('reads a remembered choice, dropping what it does not know, else the full plan', () => {
    expect(readSectionChoice(['budsjett', 'ukjent', 'forside', 'budsjett'])).toEqual([
      'forside',
      'budsjett',
    ]);
    expect(readSectionChoice([])).toEqual([]);
    expect(readSectionChoice('kortversjon')).toEqual(wordPresets.full.sections);
    expect(readSectionChoice([1, 2])).toEqual(wordPresets.full.sections);
    expect(readSectionChoice(null)).toEqual(wordPresets.full.sections);
    expect(sectionsInOrder(['organisering', 'mal'])).toEqual(['mal', 'organisering']);
  });
});

describe('what only a browser can draw for the document', () => {
  const options = { sections: [...wordPresets.full.sections], date: '2027-01-01' };
  const drawn: string[] = [];
  const draw: ChartDrawer = async (source) => {
    drawn.push(source);
    return { svg: '<svg/>', png: new Uint8Array([1]), width: 10, height: 10 };
  };

  it('draws the organisation chart only when the document has an Organisering section', async () => {
    const plan = samplePlan();
    expect(wantsOrgChart(plan, options)).toBe(true);
    const prepared = await prepareWordAssets(plan, options, draw);
    expect(prepared.notes).toEqual([]);
    expect(prepared.assets.orgChart?.width).toBe(10);
    expect(drawn.at(-1)).toContain('Styringsgruppe');

    const noCharts = { ...options, sections: ['forside', 'satsningsomrader'] as const };
    const before = drawn.length;
    expect(wantsOrgChart(plan, noCharts)).toBe(false);
    expect(wantsCharts(plan, noCharts)).toBe(false);
    expect(await prepareWordAssets(plan, noCharts, draw)).toEqual({
      assets: { orgChart: null },
      notes: [],
    });
    expect(drawn).toHaveLength(before);
  });

  it('says why the chart is missing: no bodies yet, or a drawing that failed', async () => {
    const empty = samplePlan();
    empty.organisation = [];
    expect(wantsOrgChart(empty, options)).toBe(false);
    expect(await prepareWordAssets(empty, options, draw)).toMatchObject({
      assets: { orgChart: null },
      notes: ['Organisasjonskartet er ikke med: Organisasjonen har ingen ledd ennå.'],
    });
    const failing: ChartDrawer = async () => {
      throw new Error('Lexical error on line 4');
    };
    expect(await prepareWordAssets(samplePlan(), options, failing)).toEqual({
      assets: { orgChart: null },
      notes: [
        'Målstrukturen, diagrammet over kostnad per satsningsområde, diagrammet over finansiering per kilde og organisasjonskartet er ikke med fordi de ikke kunne tegnes: Lexical error on line 4',
      ],
    });
  });
});
