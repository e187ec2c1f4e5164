import { describe, expect, it } from 'vitest';
import type { VersionSummary } from '#shared/model/plan-history';
import { versionSummary } from '../../../../support/version-fixtures';
import { versionNumberProblem } from '../../../../../renderer/src/pages/versions/version-numbers';

const version = (number: string, kind: VersionSummary['kind'] = 'adopted') =>
  versionSummary(number, kind);

describe('versionNumberProblem', () => {
  it('refuses an empty, malformed or already adopted number', () => {
    expect(versionNumberProblem(' ', [])).toMatch(/Skriv et versjonsnummer/);
    expect(versionNumberProblem('1', [])).toMatch(/1\.0, 1\.1, 2\.0/);
    expect(versionNumberProblem('1.0', [version('1.0')])).toBe(
      'Versjon 1.0 er allerede vedtatt. Velg et annet nummer.',
    );
    expect(versionNumberProblem('1.1', [version('1.0'), version('1.1', 'set-aside')])).toBeNull();
  });
});
