import type { Measure } from '../model/measures';

// A shared project led by another district (felles prosjekt, `sharedProject.ledByOther`) is
// entered with its cost and financing so the activity table can show it, but the other district
// finances it: it belongs to that district's budget, not to this plan's. Every sum of measures
// (budget tables, per-year totals, the financing balance, summary figures) goes through here so
// the tables agree with one another.

/** True when the measure is a shared project led and financed by another district. */
export function isLedByOther(measure: Pick<Measure, 'sharedProject'>): boolean {
  return measure.sharedProject?.ledByOther === true;
}

/** The measures whose money counts in this plan's sums. */
export function countedMeasures<M extends Pick<Measure, 'sharedProject'>>(
  measures: readonly M[],
): M[] {
  return measures.filter((m) => !isLedByOther(m));
}

/** «finansiert av Bydel Alna»; «finansiert av ansvarlig bydel» when the district is not named. */
export function financedByText(measure: Pick<Measure, 'sharedProject'>): string {
  return financedByName(measure.sharedProject?.responsible ?? '');
}

/** The same, from the responsible district's name (a report's snapshot keeps only the name). */
export function financedByName(responsible: string): string {
  return `finansiert av ${responsible.trim() || 'ansvarlig bydel'}`;
}

/**
 * The note under a table that shows measures led by another district. The names of the
 * financing districts are listed once each, in the order they first appear.
 */
export function notCountedNote(measures: readonly Pick<Measure, 'sharedProject'>[]): string | null {
  return notCountedNoteFor(measures.filter(isLedByOther).map((m) => m.sharedProject!.responsible));
}

/** The note, from the responsible district of each measure led by another ('' when not named). */
export function notCountedNoteFor(responsible: readonly string[]): string | null {
  if (responsible.length === 0) return null;
  const names = [...new Set(responsible.map((name) => name.trim()).filter(Boolean))];
  const who =
    names.length === 0
      ? 'den ansvarlige bydelen'
      : names.length === 1
        ? names[0]!
        : `${names.slice(0, -1).join(', ')} og ${names.at(-1)!}`;
  return `Tiltak merket * er felles prosjekter som finansieres av ${who}; beløpene er ikke med i summene.`;
}
