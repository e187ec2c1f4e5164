import { Paragraph } from 'docx';
import { textRun } from './word-run';
import { STYLE } from './word-theme';

// Cells the plan's activity table and the status reports share, so a measure's challenges read
// the same in every export.

const labelledLine = (label: string, text: string) =>
  new Paragraph({
    style: STYLE.tableText,
    children: [textRun({ text: `${label}: `, bold: true }), textRun(text)],
  });

/**
 * «Utfordringer og korrigerende tiltak» in one compact cell: each text under its own label, and
 * nothing at all when both are empty (an empty cell says «nothing to report» without filler).
 */
export function challengesCell(challenges: string, correctiveAction: string): Paragraph[] {
  const lines: Paragraph[] = [];
  if (challenges.trim()) lines.push(labelledLine('Utfordringer', challenges.trim()));
  if (correctiveAction.trim())
    lines.push(labelledLine('Korrigerende tiltak', correctiveAction.trim()));
  return lines;
}
