import type { VersionSummary } from '#shared/model/plan-history';

/**
 * A recorded version as the main process describes it: adopted 12 March 2027 by «Bystyret»
 * unless told otherwise; a set-aside draft has no decision.
 */
export function versionSummary(
  number: string,
  kind: VersionSummary['kind'] = 'adopted',
  fields: Partial<VersionSummary> = {},
): VersionSummary {
  return {
    id: `v${number}`,
    kind,
    number,
    adoptedDate: kind === 'adopted' ? '2027-03-12' : null,
    adoptedBy: kind === 'adopted' ? 'Bystyret' : '',
    caseNumber: '',
    recordedAt: '2027-03-14T09:00:00.000Z',
    recordedBy: 'Kari Testesen',
    note: '',
    ...fields,
  };
}
