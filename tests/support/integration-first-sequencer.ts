import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Vitest's own order (longest first when it has timings from an earlier run, else largest file
 * first), with tests/integration moved to the front. Those files are short but slow: they wait
 * for LibreOffice, Chromium or a hundred child processes. Started last, one of them would leave
 * the other worker idle at the end of the run; started first, the many quick unit files fill in
 * around them.
 */
export class IntegrationFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const isIntegration = (spec: TestSpecification) =>
      spec.moduleId.replaceAll('\\', '/').includes('/tests/integration/');
    return [...sorted.filter(isIntegration), ...sorted.filter((spec) => !isIntegration(spec))];
  }
}
