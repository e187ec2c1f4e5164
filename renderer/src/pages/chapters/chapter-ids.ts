import type { Chapter } from '#shared/model/chapters';

// Element ids on the chapters page, so focus can be moved to them after a change.

export const selectButtonId = (chapterId: string) => `chapter-${chapterId}-select`;
export const titleFieldId = (chapterId: string) => `chapter-${chapterId}-title`;
export const textId = (chapterId: string) => `chapter-${chapterId}-text`;

/** "kapittel 2 «Bakgrunn»", for button names and messages. */
export function chapterLabel(chapter: Chapter, index: number): string {
  const title = chapter.title.trim();
  return `kapittel ${index + 1}${title ? ` «${title}»` : ''}`;
}
