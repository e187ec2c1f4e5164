import type { Chapter, ChapterKind } from '../model/chapters';
import type { Plan } from '../model/plan';
import type { RichText } from '../model/rich-text';
import { chapterKindLabels } from './chapter-kinds';
import { hasSameValues, moveById } from './list-operations';
import { newId } from './new-id';
import { richTextEqual } from './rich-text-operations';

// Pure edits of the free-text chapters. Each returns a new plan, or the very same plan object
// when nothing changes, so callers can skip no-ops. Nothing else in a plan refers to a chapter.

export type ChapterFields = Partial<Pick<Chapter, 'title' | 'kind' | 'newPage'>>;

/** Adds a chapter at the end; its title is the kind's name until the user gives it another. */
export function addChapter(
  plan: Plan,
  kind: ChapterKind,
  fields: Partial<Pick<Chapter, 'title' | 'content'>> = {},
  id: string = newId(),
): Plan {
  const chapter: Chapter = {
    id,
    kind,
    title: chapterKindLabels[kind],
    content: [],
    newPage: false,
    ...fields,
  };
  return { ...plan, chapters: [...plan.chapters, chapter] };
}

export function updateChapter(plan: Plan, chapterId: string, fields: ChapterFields): Plan {
  const chapter = plan.chapters.find((c) => c.id === chapterId);
  if (!chapter || hasSameValues(chapter, fields)) return plan;
  return mapChapter(plan, chapterId, (c) => ({ ...c, ...fields }));
}

/** Replaces a chapter's text; unchanged plan when the text is the same. */
export function setChapterContent(plan: Plan, chapterId: string, content: RichText): Plan {
  const chapter = plan.chapters.find((c) => c.id === chapterId);
  if (!chapter || richTextEqual(chapter.content, content)) return plan;
  return mapChapter(plan, chapterId, (c) => ({ ...c, content }));
}

export function moveChapter(plan: Plan, chapterId: string, delta: number): Plan {
  const chapters = moveById(plan.chapters, chapterId, delta);
  return chapters ? { ...plan, chapters } : plan;
}

/** Moves a chapter to a position in the list (drag and drop); the index counts without it. */
export function moveChapterTo(plan: Plan, chapterId: string, index: number): Plan {
  const from = plan.chapters.findIndex((c) => c.id === chapterId);
  if (from < 0) return plan;
  const to = Math.max(0, Math.min(index, plan.chapters.length - 1));
  return moveChapter(plan, chapterId, to - from);
}

export function removeChapter(plan: Plan, chapterId: string): Plan {
  if (!plan.chapters.some((c) => c.id === chapterId)) return plan;
  return { ...plan, chapters: plan.chapters.filter((c) => c.id !== chapterId) };
}

function mapChapter(plan: Plan, chapterId: string, change: (c: Chapter) => Chapter): Plan {
  return { ...plan, chapters: plan.chapters.map((c) => (c.id === chapterId ? change(c) : c)) };
}
