import { useId } from 'react';
import { presetMatching } from '#shared/export/word-export-choice';
import {
  wordPresets,
  wordSectionIds,
  wordSectionLabels,
  type WordPresetId,
  type WordSectionId,
} from '#shared/export/word/word-export-options';

interface WordSectionChoiceProps {
  sections: WordSectionId[];
  onChange: (sections: WordSectionId[]) => void;
}

const presetHelp: Record<WordPresetId, string> = {
  full: 'Hele planen med kapitler, mål, strategier, tiltak, målgrupper, budsjett og organisering.',
  kortversjon:
    'Forside, innhold, sammendrag, mål, tiltak og budsjett: det politikerne trenger for å vedta planen.',
};

/** A preset sets the sections; ticking sections by hand makes a choice of one's own. */
export function WordSectionChoice({ sections, onChange }: WordSectionChoiceProps) {
  const id = useId();
  const matching = presetMatching(sections);
  const toggle = (section: WordSectionId, on: boolean) =>
    onChange(wordSectionIds.filter((s) => (s === section ? on : sections.includes(s))));

  return (
    <div className="word-choice">
      <fieldset className="fieldset word-choice__presets">
        <legend className="field__label">Utgave</legend>
        <ul className="choice-list">
          {(Object.keys(wordPresets) as WordPresetId[]).map((preset) => (
            <li key={preset}>
              <label className="radio word-choice__preset">
                <input
                  type="radio"
                  name={`${id}-preset`}
                  checked={matching === preset}
                  aria-describedby={`${id}-${preset}`}
                  onChange={() => onChange([...wordPresets[preset].sections])}
                />
                {wordPresets[preset].label}
              </label>
              <p id={`${id}-${preset}`} className="choice-list__help">
                {presetHelp[preset]}
              </p>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset className="fieldset word-choice__sections">
        <legend className="field__label">Deler i dokumentet</legend>
        <ul className="word-choice__list">
          {wordSectionIds.map((section) => (
            <li key={section}>
              <label className="chart-check">
                <input
                  type="checkbox"
                  checked={sections.includes(section)}
                  onChange={(e) => toggle(section, e.target.checked)}
                />
                {wordSectionLabels[section]}
              </label>
            </li>
          ))}
        </ul>
        <p className="field__hint" aria-live="polite">
          {sections.length === 0
            ? 'Velg minst én del.'
            : matching
              ? `${wordPresets[matching].label}: ${sections.length} av ${wordSectionIds.length} deler.`
              : `Eget utvalg: ${sections.length} av ${wordSectionIds.length} deler.`}
        </p>
      </fieldset>
    </div>
  );
}
