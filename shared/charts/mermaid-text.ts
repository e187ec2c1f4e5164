/**
 * Mermaid label text that shows exactly what the user typed. Inside a quoted label mermaid's
 * parser accepts brackets, parentheses, pipes and the like as they are; what it does not keep
 * (quotes, "#…;" sequences, < > & which its sanitiser rewrites, backticks that start markdown,
 * "%%" that starts a directive) becomes a numeric entity code (#60;). With SVG labels
 * (htmlLabels: false) mermaid leaves those codes in the text, so the renderer decodes them
 * after rendering (renderer/src/charts/decode-label-entities.ts). Long names are wrapped onto
 * several lines, never cut.
 */
import { cleanText } from '../model/clean-text';

const SYNTAX_CHARACTERS = /["#<>&`]/g;

const entity = (ch: string) => `#${ch.codePointAt(0)};`;

export function escapeMermaidText(text: string): string {
  // Control characters and noncharacters would make the drawn SVG ill-formed; none get this far.
  return cleanText(text)
    .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
    .replace(SYNTAX_CHARACTERS, entity)
    .replace(/%{2,}/g, (run) => Array.from(run, entity).join(''));
}

/** Breaks text into lines of at most `width` characters at spaces; longer words are split. */
export function wrapText(text: string, width: number): string[] {
  const words = cleanText(text).trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const chars = Array.from(word);
    if (chars.length > width) {
      if (line) lines.push(line);
      for (let i = 0; i < chars.length; i += width) lines.push(chars.slice(i, i + width).join(''));
      line = lines.pop() ?? '';
      continue;
    }
    const candidate = line ? `${line} ${word}` : word;
    if (Array.from(candidate).length > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A quoted mermaid label from lines of plain text. */
export function mermaidLabel(lines: string[]): string {
  return `"${lines.map(escapeMermaidText).join('<br>')}"`;
}

/** Mermaid node ids from our ids: letters and digits only, so no id can be a keyword ("end"). */
export function mermaidNodeId(prefix: string, id: string): string {
  return `${prefix}_${Array.from(id)
    .map((ch) => (/[A-Za-z0-9]/.test(ch) ? ch : `x${ch.codePointAt(0)!.toString(16)}`))
    .join('')}`;
}
