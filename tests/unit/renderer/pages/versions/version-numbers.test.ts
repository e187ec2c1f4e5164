import { describe, expect, it } from 'vitest';
import type { VersionSummary } from '#shared/model/plan-history';
import { versionNumberProblem } from '../../../../../renderer/src/pages/versions/version-numbers';

const version = (
  number: string,
  kind: VersionSummary['kind'] = 'adopted',
  id = `v${number}`,
): VersionSummary => ({
  id,
  kind,
  number,
  adoptedDate: kind === 'adopted' ? '2027-03-12' : null,
  adoptedBy: kind === 'adopted' ? 'Bystyret' : '',
  caseNumber: '',
  recordedAt: '2027-03-14T09:00:00.000Z',
  recordedBy: 'Kari Testesen',
  note: '',
});

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
