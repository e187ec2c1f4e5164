import { describe, expect, it } from 'vitest';
import { planSchema, type Plan } from '#shared/model/plan';
import {
  addChapter,
  moveChapter,
  moveChapterTo,
  removeChapter,
  setChapterContent,
  updateChapter,
} from '#shared/plan/chapter-operations';
import { chapterKindLabels } from '#shared/plan/chapter-kinds';
import { chapterKinds } from '#shared/model/chapters';
import { createEmptyPlan } from '#shared/plan/create-plan';

function planWithChapters(): Plan {
  let plan = createEmptyPlan(new Date('2026-03-01T10:00:00.000Z'));
  plan = addChapter(plan, 'innledning', {}, 'c-1');
  plan = addChapter(plan, 'bakgrunn', {}, 'c-2');
  plan = addChapter(plan, 'annet', { title: 'Vedlegg' }, 'c-3');
  return plan;
}

const ids = (plan: Plan) => plan.chapters.map((c) => c.id);

describe('chapter operations', () => {
  it('every chapter kind has a bokmål label', () => {
    expect(Object.keys(chapterKindLabels)).toEqual([...chapterKinds]);
    expect(chapterKindLabels['okonomisk-ramme']).toBe('Økonomisk ramme');
  });

  it('add a chapter at the end, titled after its kind unless told otherwise', () => {
    const plan = planWithChapters();
    expect(plan.chapters.map((c) => [c.id, c.kind, c.title, c.content])).toEqual([
      ['c-1', 'innledning', 'Innledning', []],
      ['c-2', 'bakgrunn', 'Bakgrunn', []],
      ['c-3', 'annet', 'Vedlegg', []],
    ]);
    expect(planSchema.safeParse(plan).success).toBe(true);
  });

  it('rename and change kind; no change gives the same plan', () => {
    const plan = planWithChapters();
    const renamed = updateChapter(plan, 'c-2', {
      title: 'Bakgrunn og tall',
      kind: 'status-og-utfordringer',
    });
    expect(renamed.chapters[1]).toMatchObject({
      title: 'Bakgrunn og tall',
      kind: 'status-og-utfordringer',
    });
    expect(plan.chapters[1]!.title).toBe('Bakgrunn');
    expect(updateChapter(renamed, 'c-2', { title: 'Bakgrunn og tall' })).toBe(renamed);
    expect(updateChapter(plan, 'finnes-ikke', { title: 'x' })).toBe(plan);
  });

  it('set content, skipping text that is the same', () => {
    const plan = planWithChapters();
    const content = [{ type: 'paragraph' as const, content: [{ text: 'Hei', bold: true }] }];
    const written = setChapterContent(plan, 'c-1', content);
    expect(written.chapters[0]!.content).toBe(content);
    expect(
      setChapterContent(written, 'c-1', [
        { type: 'paragraph', content: [{ text: 'Hei', bold: true, italic: false }] },
      ]),
    ).toBe(written);
  });

  it('move by one, by keyboard or buttons, and to a position, by drag', () => {
    const plan = planWithChapters();
    expect(ids(moveChapter(plan, 'c-1', 1))).toEqual(['c-2', 'c-1', 'c-3']);
    expect(moveChapter(plan, 'c-1', -1)).toBe(plan);
    expect(ids(moveChapterTo(plan, 'c-3', 0))).toEqual(['c-3', 'c-1', 'c-2']);
    expect(ids(moveChapterTo(plan, 'c-1', 2))).toEqual(['c-2', 'c-3', 'c-1']);
    expect(ids(moveChapterTo(plan, 'c-1', 99))).toEqual(['c-2', 'c-3', 'c-1']);
    expect(moveChapterTo(plan, 'c-2', 1)).toBe(plan);
  });

  it('remove a chapter', () => {
    const plan = planWithChapters();
    expect(ids(removeChapter(plan, 'c-2'))).toEqual(['c-1', 'c-3']);
    expect(removeChapter(plan, 'finnes-ikke')).toBe(plan);
  });
});
