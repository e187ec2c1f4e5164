/**
 * Past this many characters in one text, docx's page layout (the table of contents' page
 * numbers) grows with the square of the paragraph's lines: 128 000 characters took 19 s. Such a
 * plan is written without it, and Word fills in the page numbers when it opens the document.
 */
export const LONGEST_LAID_OUT_TEXT = 40_000;
