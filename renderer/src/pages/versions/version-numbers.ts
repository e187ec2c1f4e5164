import type { VersionSummary } from '#shared/model/plan-history';

/** An error in bokmål for a version number, or null when it can be used. */
export function versionNumberProblem(
  typed: string,
  versions: readonly VersionSummary[],
): string | null {
  const text = typed.trim();
  if (text === '') return 'Skriv et versjonsnummer, for eksempel 1.0.';
  if (!/^\d{1,3}\.\d{1,3}$/.test(text)) return 'Versjonsnummer skrives som 1.0, 1.1, 2.0 …';
  if (versions.some((v) => v.kind === 'adopted' && v.number === text)) {
    return `Versjon ${text} er allerede vedtatt. Velg et annet nummer.`;
  }
  return null;
}
