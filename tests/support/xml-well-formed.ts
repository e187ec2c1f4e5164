import { createRequire } from 'node:module';

// sax (a dev dependency, loaded through require since it ships CommonJS without types): its strict
// mode catches tags that do not match and unknown entities (not repeated attributes). It does not check which characters
// XML allows, so that is checked here against the Char production of XML 1.0 (§2.2).
interface SaxParser {
  onerror: ((error: Error) => void) | null;
  onopentag: ((tag: { name: string; attributes: Record<string, unknown> }) => void) | null;
  onclosetag: (() => void) | null;
  error: Error | null;
  write(text: string): SaxParser;
  close(): SaxParser;
}
const sax = createRequire(import.meta.url)('sax') as { parser(strict: boolean): SaxParser };

const NOT_AN_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What is wrong with an XML part, or null when it is well-formed. */
export function xmlProblem(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return 'ikke gyldig UTF-8';
  }
  const bad = NOT_AN_XML_CHAR.exec(text) ?? LONE_SURROGATE.exec(text);
  if (bad)
    return `tegn som XML ikke tillater: U+${bad[0].codePointAt(0)!.toString(16)} ved ${bad.index}`;
  for (const ref of text.matchAll(/&#(x[0-9a-fA-F]+|[0-9]+);/g)) {
    const code = ref[1]!.startsWith('x') ? parseInt(ref[1]!.slice(1), 16) : Number(ref[1]);
    if (code > 0x10ffff || NOT_AN_XML_CHAR.test(String.fromCodePoint(code))) {
      return `tegnreferanse til et tegn XML ikke tillater: ${ref[0]}`;
    }
  }
  if (!text.includes('<![CDATA[') && text.includes(']]>')) return '«]]>» i teksten';
  const problems: string[] = [];
  let depth = 0;
  let roots = 0;
  const parser = sax.parser(true);
  parser.onerror = (error) => {
    problems.push(error.message.split('\n')[0]!);
    parser.error = null;
  };
  parser.onopentag = () => {
    if (depth === 0) roots++;
    depth++;
  };
  parser.onclosetag = () => depth--;
  parser.write(text).close();
  if (roots !== 1) problems.push(`${roots} rotelementer`);
  return problems.length ? problems.join('; ') : null;
}
