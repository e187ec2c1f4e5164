/**
 * Mermaid label text that shows exactly what the user typed. Characters with a meaning in
 * mermaid's syntax (quotes, brackets, #, <, & …) become numeric entity codes (#60;), which
 * mermaid decodes back to plain text; long names are wrapped onto several lines, never cut.
 */
const SYNTAX_CHARACTERS = /["#<>&`[\]{}()|;%\\*_~=:]/g;

export function escapeMermaidText(text: string): string {
  return text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(SYNTAX_CHARACTERS, (ch) => `#${ch.codePointAt(0)};`);
}

/** Breaks text into lines of at most `width` characters at spaces; longer words are split. */
export function wrapText(text: string, width: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
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
