// Norwegian number formats: a no-break space between thousands, decimal comma, "kr" and "%"
// after a space (DOMAIN.md, "Words"). Written out by hand so the result is the same everywhere.

const NBSP = '\u00a0';

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
}

/** 2628000 → "2 628 000"; 12.5 → "12,5". */
export function formatNumber(value: number): string {
  const sign = value < 0 ? '−' : '';
  const [whole = '0', fraction] = String(Math.abs(value)).split('.');
  return `${sign}${groupThousands(whole)}${fraction ? `,${fraction}` : ''}`;
}

/** 2628000 → "2 628 000 kr". */
export function formatKroner(amount: number): string {
  return `${formatNumber(amount)}${NBSP}kr`;
}

/** 50 → "50 %". */
export function formatPercent(value: number): string {
  return `${formatNumber(value)}${NBSP}%`;
}

/** "2 628 000", "12,5", "-3" → a number; null when the text is not a number. */
export function parseNorwegianNumber(text: string): number | null {
  const cleaned = text
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace('−', '-')
    .replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}
