import { describe, expect, it } from 'vitest';
import { foldForSearch, matchesSearch } from '#shared/format/search-text';

describe('matchesSearch', () => {
  it('finds a name anywhere in it, in any case', () => {
    expect(matchesSearch('Boligbygg Oslo KF', 'oslo')).toBe(true);
    expect(matchesSearch('NAV Grorud', 'nav')).toBe(true);
    expect(matchesSearch('NAV Grorud', 'grorud nav')).toBe(false);
  });

  it('ignores marks on letters, and ø and æ, both ways', () => {
    expect(matchesSearch('Bydel Østensjø', 'ostensjo')).toBe(true);
    expect(matchesSearch('Bydel Ostensjo', 'østensjø')).toBe(true);
    expect(matchesSearch('Ålesund kommune', 'alesund')).toBe(true);
    expect(matchesSearch('Kafé Æra', 'cafe')).toBe(false);
    expect(matchesSearch('Kafé Æra', 'kafe aera')).toBe(true);
  });

  it('matches everything when nothing is typed, and trims what is', () => {
    expect(matchesSearch('NAV', '')).toBe(true);
    expect(matchesSearch('NAV', '   ')).toBe(true);
    expect(matchesSearch('Boligbygg  Oslo', ' bygg oslo ')).toBe(true);
    expect(foldForSearch('  Å  Ø ')).toBe('a o');
  });
});
