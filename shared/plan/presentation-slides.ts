import { partyNamer } from '../model/party-name';
import type { Plan } from '../model/plan';
import { goalNumbers } from './goal-numbers';

/*
 * The presentation the group reviews at the end of a workshop: the vision, each main goal with
 * its sub-goals, the strategies, and each focus area's measures. Slides hold only what fits on a
 * projector in big type, so long lists are split over several slides.
 */

export const MEASURES_PER_SLIDE = 6;
export const STRATEGIES_PER_SLIDE = 6;
export const SUB_GOALS_PER_SLIDE = 5;

export interface SlideItem {
  code: string;
  text: string;
  /** A second line: the owner of a measure. */
  detail?: string;
}

export interface Slide {
  /** Stable within one build of the slides: React key and test hook. */
  key: string;
  kind: 'vision' | 'goal' | 'strategies' | 'focus-area';
  /** Small line above the title («Hovedmål 1», «Satsningsområde 2»). */
  kicker: string;
  title: string;
  /** Free text under the title (the vision's rationale). */
  body: string;
  items: SlideItem[];
  /** What to say when there is nothing to list yet. */
  empty: string;
  /** «2 av 3» when a list runs over several slides. */
  part: string;
}

function chunks<T>(list: T[], size: number): T[][] {
  if (list.length === 0) return [[]];
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

const partLabel = (index: number, count: number) => (count > 1 ? `${index + 1} av ${count}` : '');

/**
 * The slides for a plan. `focusAreaIds` limits the focus-area slides (a workshop on one focus
 * area reviews that area); null shows every focus area.
 */
export function buildSlides(plan: Plan, focusAreaIds: string[] | null = null): Slide[] {
  const slides: Slide[] = [];
  slides.push({
    key: 'vision',
    kind: 'vision',
    kicker: 'Visjon',
    title: plan.vision.text.trim() || 'Planen har ingen visjon ennå.',
    body: plan.vision.rationale.trim(),
    items: [],
    empty: '',
    part: '',
  });

  const numbers = goalNumbers(plan);
  plan.mainGoals
    .filter((g) => g.focusAreaId === null)
    .forEach((goal) => {
      const parts = chunks(goal.subGoals, SUB_GOALS_PER_SLIDE);
      parts.forEach((subGoals, p) => {
        slides.push({
          key: `goal-${goal.id}-${p}`,
          kind: 'goal',
          kicker: `Hovedmål ${numbers.get(goal.id) ?? ''}`.trim(),
          title: goal.title.trim() || 'Hovedmål uten tittel',
          body: '',
          items: subGoals.map((s) => ({
            code: numbers.get(s.id) ?? '',
            text: s.title.trim() || 'Delmål uten tittel',
          })),
          empty: 'Ingen delmål ennå.',
          part: partLabel(p, parts.length),
        });
      });
    });

  const strategyParts = chunks(plan.strategies, STRATEGIES_PER_SLIDE);
  strategyParts.forEach((strategies, p) => {
    slides.push({
      key: `strategies-${p}`,
      kind: 'strategies',
      kicker: 'Strategier',
      title: 'Slik skal vi arbeide',
      body: '',
      items: strategies.map((s) => ({ code: s.code.trim(), text: s.title.trim() })),
      empty: 'Planen har ingen strategier ennå.',
      part: partLabel(p, strategyParts.length),
    });
  });

  const ownerName = partyNamer(plan);
  const areas = plan.focusAreas.filter((f) => focusAreaIds === null || focusAreaIds.includes(f.id));
  for (const area of areas) {
    const measures = plan.measures.filter((m) => m.focusAreaId === area.id);
    const parts = chunks(measures, MEASURES_PER_SLIDE);
    parts.forEach((list, p) => {
      slides.push({
        key: `area-${area.id}-${p}`,
        kind: 'focus-area',
        kicker: `Satsningsområde ${area.code.trim()}`.trim(),
        title: area.title.trim() || 'Satsningsområde uten tittel',
        body: '',
        items: list.map((m) => ({
          code: m.code.trim(),
          text: m.title.trim() || 'Tiltak uten tittel',
          detail: ownerName(m.owner) || 'Ingen ansvarlig ennå',
        })),
        empty: 'Ingen tiltak ennå.',
        part: partLabel(p, parts.length),
      });
    });
  }
  return slides;
}
