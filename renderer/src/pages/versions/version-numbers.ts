import type { VersionSummary } from '#shared/model/plan-history';

// Which number «Vedta planen» proposes. A revision (rullering) keeps the plan and counts the
// second number; a new plan counts the first. Stored numbers are «1.0», «1.1», «2.0» …

/** The numbers to choose between, or the one number when the plan was never adopted. */
export type ProposedNumbers =
  { first: true; number: string } | { first: false; revision: string; newPlan: string };

const parse = (number: string): [number, number] | null => {
  const match = /^(\d{1,3})\.(\d{1,3})$/.exec(number);
  return match ? [Number(match[1]), Number(match[2])] : null;
};

/** Highest adopted number first; a set-aside draft never counts. */
export function latestAdopted(versions: readonly VersionSummary[]): VersionSummary | null {
  let latest: VersionSummary | null = null;
  let best: [number, number] | null = null;
  for (const version of versions) {
    if (version.kind !== 'adopted') continue;
    const parsed = parse(version.number);
    if (!parsed) continue;
    if (!best || parsed[0] > best[0] || (parsed[0] === best[0] && parsed[1] > best[1])) {
      best = parsed;
      latest = version;
    }
  }
  return latest;
}

export function proposeVersionNumbers(versions: readonly VersionSummary[]): ProposedNumbers {
  const latest = latestAdopted(versions);
  const parsed = latest && parse(latest.number);
  if (!parsed) return { first: true, number: '1.0' };
  const [major, minor] = parsed;
  return { first: false, revision: `${major}.${minor + 1}`, newPlan: `${major + 1}.0` };
}

/** An error in bokmål for a typed number, or null when it can be used. */
export function versionNumberProblem(
  typed: string,
  versions: readonly VersionSummary[],
): string | null {
  const text = typed.trim();
  if (text === '') return 'Skriv et versjonsnummer, for eksempel 1.0.';
  if (!parse(text)) return 'Versjonsnummer skrives som 1.0, 1.1, 2.0 …';
  if (versions.some((v) => v.kind === 'adopted' && v.number === text)) {
    return `Versjon ${text} er allerede vedtatt. Velg et annet nummer.`;
  }
  return null;
}
