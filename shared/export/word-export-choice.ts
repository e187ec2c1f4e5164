import {
  wordPresets,
  wordSectionIds,
  type WordPresetId,
  type WordSectionId,
} from './word/word-export-options';

const presetIds = Object.keys(wordPresets) as WordPresetId[];

/** The sections in document order, each once; unknown names are dropped. */
export function sectionsInOrder(sections: readonly string[]): WordSectionId[] {
  return wordSectionIds.filter((id) => sections.includes(id));
}

/** The preset that has exactly these sections, or null for a choice of one's own. */
export function presetMatching(sections: readonly WordSectionId[]): WordPresetId | null {
  const chosen = sectionsInOrder(sections);
  return (
    presetIds.find((id) => {
      const preset = sectionsInOrder(wordPresets[id].sections);
      return preset.length === chosen.length && preset.every((s, i) => s === chosen[i]);
    }) ?? null
  );
}

/** Reads a remembered choice; anything unreadable gives the full plan. */
export function readSectionChoice(stored: unknown): WordSectionId[] {
  if (Array.isArray(stored) && stored.every((s) => typeof s === 'string')) {
    return sectionsInOrder(stored);
  }
  return [...wordPresets.full.sections];
}
