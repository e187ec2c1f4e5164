import type { DraftStanding } from '../../model/plan-history';

/**
 * What the Word export can contain, and the two presets. The UI, the headless command and the
 * document builder all read this one list, so a section can never be offered but not built.
 */
export const wordSectionIds = [
  'forside',
  'innhold',
  'sammendrag',
  'tiltaksoversikt',
  'kapitler',
  'mal',
  'strategier',
  'satsningsomrader',
  'malgrupper',
  'budsjett',
  'organisering',
  'kvalitetssjekk',
] as const;

export type WordSectionId = (typeof wordSectionIds)[number];

export const wordSectionLabels: Record<WordSectionId, string> = {
  forside: 'Forside',
  innhold: 'Innholdsfortegnelse',
  sammendrag: 'Sammendrag',
  tiltaksoversikt: 'Tiltaksoversikt (alle tiltak i én tabell)',
  kapitler: 'Tekstkapitler',
  mal: 'Visjon og mål',
  strategier: 'Strategier',
  satsningsomrader: 'Satsningsområder og tiltak',
  malgrupper: 'Målgrupper',
  budsjett: 'Budsjett',
  organisering: 'Organisering',
  kvalitetssjekk: 'Vedlegg: åpne punkter fra kvalitetssjekken',
};

export type WordPresetId = 'full' | 'kortversjon';

export const wordPresets: Record<
  WordPresetId,
  { label: string; sections: readonly WordSectionId[] }
> = {
  full: {
    label: 'Full plan',
    // The overview is the short version's activity table; the full plan has one per focus area.
    sections: wordSectionIds.filter((id) => id !== 'kvalitetssjekk' && id !== 'tiltaksoversikt'),
  },
  kortversjon: {
    label: 'Kortversjon for politisk behandling',
    // What a politician needs: the summary (decision, goals, money, priorities, responsibility)
    // and every measure in one table; the detail is in the full plan.
    sections: ['forside', 'sammendrag', 'tiltaksoversikt'],
  },
};

export interface WordExportOptions {
  /** The sections to include; the document keeps the order of `wordSectionIds`. */
  sections: readonly WordSectionId[];
  /** The date printed on the cover (ISO yyyy-mm-dd); passed in so the builder stays pure. */
  date: string;
  /**
   * Set when the plan is a draft that differs from its newest adopted version: the cover then
   * says it is a draft on top of that version, never «Vedtatt» for content nobody adopted.
   */
  draft?: DraftStanding | null;
}

/** A chart drawn by mermaid in a browser: the SVG (no foreignObject) and a PNG fallback. */
export interface ChartImage {
  svg: string;
  png: Uint8Array;
  /** Size of the drawing in CSS pixels; the builder scales it to fit the page. */
  width: number;
  height: number;
}

/** The figures besides the organisation chart, in the order the document shows them. */
export const documentChartIds = ['goalStructure', 'costByArea', 'financing'] as const;
export type DocumentChartId = (typeof documentChartIds)[number];

/** Things only a browser can make; the builder leaves out a chart it is not given. */
export interface WordExportAssets {
  orgChart: ChartImage | null;
  /** The goal structure and the budget charts that were drawn; absent when none were. */
  charts?: Partial<Record<DocumentChartId, ChartImage>>;
}
