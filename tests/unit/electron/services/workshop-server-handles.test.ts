import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { repoRoot } from '../../../support/repo-root';

it('leaves nothing open after stop(): a process that started it exits by itself', async () => {
  const child = join(repoRoot, 'tests/support/workshop-server-child.ts');
  const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>(
    (done) => {
      // The timeout kills a process held open by a leftover socket, server or timer.
      const run = execFile(
        process.execPath,
        ['--import', 'tsx', child],
        { cwd: repoRoot, timeout: 25_000 },
        (_error, stdout, stderr) => done({ code: run.exitCode, stdout, stderr }),
      );
    },
  );
  expect(result.stderr).toBe('');
  expect(result.stdout).toBe('stopped\n');
  expect(result.code).toBe(0);
});
