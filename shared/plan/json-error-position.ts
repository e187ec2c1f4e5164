/**
 * Where JSON.parse gave up, as a position in the text. V8 says "at position N" for most errors
 * (newer versions add "(line L column C)"), "Unexpected end of JSON input" at the end, and names
 * only the character and a snippet for an unexpected token ("Unexpected token ']', "[1,]" is not
 * valid JSON"). For that last form, and any form a later engine may invent, the position is found
 * by asking JSON.parse itself where the text stops being the start of some valid JSON.
 */
export function jsonErrorOffset(text: string, error: unknown): number {
  const detail = error instanceof Error ? error.message : '';
  const atPosition = /at position (\d+)/.exec(detail);
  if (atPosition) return Math.min(Number(atPosition[1]), text.length);
  if (/Unexpected end of JSON input/.test(detail)) return text.trimEnd().length;
  return firstUnreadableOffset(text);
}

/**
 * A prefix of a valid JSON text fails only with "unexpected end" (or an error at its very end),
 * and once a prefix has an error in its middle every longer one has it too, so the first bad
 * character is found by halving: about 20 parses for a 1 MB file.
 */
function firstUnreadableOffset(text: string): number {
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (failsBeforeEnd(text.slice(0, mid + 1))) high = mid;
    else low = mid + 1;
  }
  return Math.min(low, text.length);
}

function failsBeforeEnd(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return false;
  } catch (error) {
    const detail = error instanceof Error ? error.message : '';
    if (/Unexpected end of JSON input/.test(detail)) return false;
    const atPosition = /at position (\d+)/.exec(detail);
    return !atPosition || Number(atPosition[1]) < prefix.length;
  }
}
