import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDiskCheck } from '../../../support/plan-file-on-disk';
import { planFileCase } from '../../../support/plan-file-mutations';
import { judgeReading } from '../../../support/plan-reading-verdict';
import { useTempDir } from '../../../support/temp-dir';

const tempDir = useTempDir();

describe('opening mutated plan files (property)', () => {
  it('never throws, never accepts an invalid plan, refuses in bokmål naming the place, and leaves a refused file untouched', async () => {
    const checkOnDisk = createDiskCheck(await tempDir());
    await fc.assert(
      fc.asyncProperty(planFileCase, async (testCase) => {
        const verdict = judgeReading(testCase);
        expect(verdict.violation, testCase.kind).toBeNull();
        expect(await checkOnDisk(testCase, verdict), testCase.kind).toBeNull();
      }),
      { numRuns: 1000 },
    );
  }, 60_000);
});
