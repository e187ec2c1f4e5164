import { useState } from 'react';
import { readSectionChoice } from '#shared/export/word-export-choice';
import type { WordSectionId } from '#shared/export/word/word-export-options';

const storageKey = (planId: string) => `planverksted.eksport.${planId}`;

function readStored(planId: string): WordSectionId[] {
  try {
    return readSectionChoice(JSON.parse(localStorage.getItem(storageKey(planId)) ?? 'null'));
  } catch {
    return readSectionChoice(null);
  }
}

/**
 * The sections last chosen for this plan, remembered on this computer (not in the plan file:
 * what one person exports is not a change to the plan). A plan never exported gets the full plan.
 */
export function useWordSections(
  planId: string,
): [WordSectionId[], (sections: WordSectionId[]) => void] {
  const [state, setState] = useState(() => ({ planId, sections: readStored(planId) }));
  const sections = state.planId === planId ? state.sections : readStored(planId);
  const update = (next: WordSectionId[]) => {
    setState({ planId, sections: next });
    try {
      localStorage.setItem(storageKey(planId), JSON.stringify(next));
    } catch {
      // Not remembering the choice is no reason to stop the user.
    }
  };
  return [sections, update];
}
