import { describe, expect, it } from 'vitest';
import type { VersionSummary } from '#shared/model/plan-history';
import {
  latestAdopted,
  proposeVersionNumbers,
  versionNumberProblem,
} from '../../../../../renderer/src/pages/versions/version-numbers';

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

describe('proposeVersionNumbers', () => {
  it('proposes 1.0 for a plan never adopted', () => {
    expect(proposeVersionNumbers([])).toEqual({ first: true, number: '1.0' });
  });

  it('offers a revision and a new plan after the highest adopted number', () => {
    expect(proposeVersionNumbers([version('1.0')])).toEqual({
      first: false,
      revision: '1.1',
      newPlan: '2.0',
    });
    // Numbers compare as numbers: 1.10 comes after 1.9, whatever the order in the file.
    expect(proposeVersionNumbers([version('1.10'), version('1.9')])).toMatchObject({
      revision: '1.11',
      newPlan: '2.0',
    });
  });

  it('never counts a set-aside draft', () => {
    expect(proposeVersionNumbers([version('1.0'), version('1.3', 'set-aside')])).toMatchObject({
      revision: '1.1',
    });
    expect(proposeVersionNumbers([version('1.1', 'set-aside')])).toEqual({
      first: true,
      number: '1.0',
    });
  });
});

describe('latestAdopted', () => {
  it('is the adopted version with the highest number', () => {
    expect(latestAdopted([version('2.0'), version('1.1'), version('3.0', 'set-aside')])?.id).toBe(
      'v2.0',
    );
    expect(latestAdopted([])).toBeNull();
  });
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
