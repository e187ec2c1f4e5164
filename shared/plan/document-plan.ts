import type { MainGoal } from '../model/goals';
import type { Plan } from '../model/plan';
import type { PartyRef } from '../model/primitives';
import { withoutGuidance, type Block } from '../model/rich-text';

// What every document made from a plan (Word, Excel, slides, report snapshots) may present as
// the municipality's own. A template's writing prompts and its example content help the group
// that writes the plan; a politician reading the document must never take them for decisions.

/**
 * A chapter's text without its writing prompts. A template heading that had only a prompt under
 * it («Befolkning») would stand empty in the document, so it goes too: a heading is kept only
 * when something other than a same-or-higher heading follows it.
 */
function ownText(blocks: readonly Block[]): Block[] {
  const kept: Block[] = [];
  const own = withoutGuidance(blocks);
  for (let i = own.length - 1; i >= 0; i--) {
    const block = own[i]!;
    const next = kept[0];
    const empty =
      block.type === 'heading' && (!next || (next.type === 'heading' && next.level <= block.level));
    if (!empty) kept.unshift(block);
  }
  return kept;
}

const exampleFree = <T extends { example?: true }>(point: T | null): T | null =>
  point?.example ? null : point;

function goalsWithoutExampleFigures(goals: MainGoal[]): MainGoal[] {
  return goals.map((main) => ({
    ...main,
    subGoals: main.subGoals.map((sub) => ({
      ...sub,
      resultGoals: sub.resultGoals.map((result) =>
        result.indicator
          ? {
              ...result,
              indicator: {
                ...result.indicator,
                baseline: exampleFree(result.indicator.baseline),
                target: exampleFree(result.indicator.target),
              },
            }
          : result,
      ),
    })),
  }));
}

/**
 * The plan as documents show it: no guidance blocks in the chapters, no example figure on an
 * indicator (the cell shows as not set), and no example person — they are left out, and every
 * reference to them reads as «nobody yet», so an invented name or address is never printed.
 * Returns the same object when there is nothing to leave out.
 */
export function planForDocument(plan: Plan): Plan {
  const examplePeople = new Set(plan.people.filter((p) => p.example).map((p) => p.id));
  const hasGuidance = plan.chapters.some((c) => c.content.some((b) => b.type === 'guidance'));
  const hasExampleFigures = plan.mainGoals.some((g) =>
    g.subGoals.some((s) =>
      s.resultGoals.some((r) => r.indicator?.baseline?.example || r.indicator?.target?.example),
    ),
  );
  if (examplePeople.size === 0 && !hasGuidance && !hasExampleFigures) return plan;

  const ref = (r: PartyRef | null): PartyRef | null =>
    r?.kind === 'person' && examplePeople.has(r.id) ? null : r;
  const withOwner = <T extends { owner: PartyRef | null }>(item: T): T => ({
    ...item,
    owner: ref(item.owner),
  });
  return {
    ...plan,
    info: {
      ...plan.info,
      programmeLeader: ref(plan.info.programmeLeader),
      owner: ref(plan.info.owner),
    },
    chapters: plan.chapters.map((c) =>
      c.content.some((b) => b.type === 'guidance') ? { ...c, content: ownText(c.content) } : c,
    ),
    mainGoals: goalsWithoutExampleFigures(plan.mainGoals),
    people: plan.people.filter((p) => !examplePeople.has(p.id)),
    partners: plan.partners.map((p) =>
      p.contactPersonId && examplePeople.has(p.contactPersonId)
        ? { ...p, contactPersonId: null }
        : p,
    ),
    organisation: plan.organisation.map((body) => ({
      ...body,
      members: body.members.filter((m) => !examplePeople.has(m.personId)),
    })),
    measures: plan.measures.map(withOwner),
    risks: plan.risks.map(withOwner),
    workshops: plan.workshops.map((w) => ({ ...w, cards: w.cards.map(withOwner) })),
  };
}
