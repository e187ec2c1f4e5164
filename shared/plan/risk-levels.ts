import { riskLevels, type Risk, type RiskLevel } from '../model/chapters';

// How likelihood and consequence combine into one level, written once so the risk page, its
// matrix, Kvalitetssjekk and the Word document can never disagree about what «høy risiko» is.

const rank = (level: RiskLevel) => riskLevels.indexOf(level);

/**
 * The level of a risk in the 3×3 matrix, counted as steps above «lav» on both axes together:
 * none or one step is «lav» (lav×lav, lav×middels), two steps «middels» (middels×middels, and
 * lav with høy either way), three or four steps «høy» (høy×middels, middels×høy, høy×høy).
 */
export function riskLevelOf(likelihood: RiskLevel, consequence: RiskLevel): RiskLevel {
  const steps = rank(likelihood) + rank(consequence);
  return steps >= 3 ? 'hoy' : steps === 2 ? 'middels' : 'lav';
}

export const levelOfRisk = (risk: Pick<Risk, 'likelihood' | 'consequence'>): RiskLevel =>
  riskLevelOf(risk.likelihood, risk.consequence);

/** A cell's level in words, so the matrix reads without its colours: «Høy risiko». */
export const riskLevelWords: Record<RiskLevel, string> = {
  lav: 'Lav risiko',
  middels: 'Middels risiko',
  hoy: 'Høy risiko',
};

/** The matrix's rows run from high likelihood at the top, as risk matrices are usually drawn. */
export const likelihoodRows: readonly RiskLevel[] = ['hoy', 'middels', 'lav'];
/** Its columns run from low to high consequence. */
export const consequenceColumns: readonly RiskLevel[] = ['lav', 'middels', 'hoy'];

/** The number a risk goes by in the list, the matrix and the document: its place, from 1. */
export function riskNumber(risks: readonly Pick<Risk, 'id'>[], riskId: string): number {
  return risks.findIndex((r) => r.id === riskId) + 1;
}

/** The risks in one cell of the matrix, in list order, each with its number. */
export function risksInCell<T extends Pick<Risk, 'id' | 'likelihood' | 'consequence'>>(
  risks: readonly T[],
  likelihood: RiskLevel,
  consequence: RiskLevel,
): { risk: T; number: number }[] {
  return risks
    .map((risk, i) => ({ risk, number: i + 1 }))
    .filter(({ risk }) => risk.likelihood === likelihood && risk.consequence === consequence);
}
