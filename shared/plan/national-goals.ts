import type { NationalFrame } from '../model/plan-info';

// The goals of each national frame, as a main goal names the one it hangs under
// (`MainGoal.nationalGoal`). The stored text is the whole name, «Bolig for velferd, mål 1: Alle
// skal ha et godt sted å bo», because that is what the exported document prints after «Nasjonalt
// mål:»; the templates use the same texts, so their goals show as chosen. The field stays text
// (no schema change): plans written before the choice existed keep whatever was typed.

/** One national goal: `value` is stored on the main goal, `label` is shown in the chooser. */
export interface NationalGoalOption {
  value: string;
  label: string;
}

const goalTexts: Record<NationalFrame, { prefix: string; goals: readonly string[] }> = {
  ingen: { prefix: '', goals: [] },
  'husbanken-2010': {
    prefix: 'Husbankens mål for programmet',
    goals: [
      'Økt forebygging og bekjempelse av bostedsløshet',
      'Økt boligsosial aktivitet i kommunene',
      'Økt boligsosial kompetanse i kommunene',
    ],
  },
  'bolig-for-velferd-2014-2020': {
    prefix: 'Bolig for velferd',
    goals: [
      'Alle skal ha et godt sted å bo',
      'Alle med behov for tjenester skal få hjelp til å mestre boforholdet',
      'Den offentlige innsatsen skal være helhetlig og effektiv',
    ],
  },
  'alle-trenger-et-trygt-hjem-2021-2024': {
    prefix: 'Alle trenger et trygt hjem',
    goals: [
      'Flere skal kunne eie egen bolig',
      'Leie skal være et trygt alternativ',
      'Sosial bærekraft i boligpolitikken',
      'Tydelige roller og nødvendig kunnskap og kompetanse',
    ],
  },
};

/** The goals of a frame to choose from, in the strategy's order (none for «ingen»). */
export function nationalGoalsOf(frame: NationalFrame): readonly NationalGoalOption[] {
  const { prefix, goals } = goalTexts[frame];
  return goals.map((goal, i) => ({
    value: `${prefix}, mål ${i + 1}: ${goal}`,
    label: `Mål ${i + 1}: ${goal}`,
  }));
}

/** The same text for a comparison: spaces evened out, case ignored. */
const comparable = (text: string) => text.replace(/\s+/g, ' ').trim().toLocaleLowerCase('nb');

export interface NationalGoalChoice {
  options: readonly NationalGoalOption[];
  /** What the chooser shows as chosen: an option's value, the kept text, or '' for none. */
  selected: string;
  /**
   * A stored text that is none of the frame's goals (typed by hand before the choice existed, or
   * a goal of a frame the plan no longer has), offered as it is so it is never lost; null when
   * there is none.
   */
  kept: { value: string; frame: NationalFrame | null } | null;
}

/** The choices for a main goal's national goal under the plan's frame, keeping what is stored. */
export function nationalGoalChoice(frame: NationalFrame, stored: string): NationalGoalChoice {
  const options = nationalGoalsOf(frame);
  if (stored.trim() === '') return { options, selected: '', kept: null };
  const match = options.find((o) => comparable(o.value) === comparable(stored));
  if (match) return { options, selected: match.value, kept: null };
  return { options, selected: stored, kept: { value: stored, frame: frameOfGoal(stored) } };
}

/** The frame a stored text is a goal of, when it is one of the known goals word for word. */
function frameOfGoal(stored: string): NationalFrame | null {
  for (const frame of Object.keys(goalTexts) as NationalFrame[])
    if (nationalGoalsOf(frame).some((o) => comparable(o.value) === comparable(stored)))
      return frame;
  return null;
}
