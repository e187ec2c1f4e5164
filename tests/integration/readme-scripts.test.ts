import { execFile, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every `npm run …` the README tells people to type either starts here, or is listed below with
// the reason it does not; a renamed or broken script cannot slip back into the README.
const root = join(import.meta.dirname, '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const scripts = (
  JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  }
).scripts;
const named = [...new Set([...readme.matchAll(/npm run ([\w:-]+)/g)].map((match) => match[1]!))];

const startedHere = ['dev:web', 'export'];
const notStartedHere: Record<string, string> = {
  build: 'npm test runs it before these tests, which use its output',
  schema: 'rewrites shared/plan-file.schema.json; plan-json-schema.test.ts checks it is current',
  dist: 'packages the app with electron-builder (minutes, downloads Electron)',
  bench: 'a full build and minutes of measuring',
  screenshots: 'a full build and the screenshot specs in Chromium',
  'test:e2e:throttled': 'the typing specs slowed five times, three times each (over ten minutes)',
  fuzz: 'minutes of opening damaged files; npm test runs 1 000 of the same cases',
};

describe('the npm scripts the README names', () => {
  it('exist in package.json, and each is started here or says why not', () => {
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((name) => !(name in scripts))).toEqual([]);
    expect(
      named.filter((name) => !startedHere.includes(name) && !(name in notStartedHere)),
    ).toEqual([]);
  });

  it('npm run dev:web starts a server that prints its address and serves the app', async () => {
    // Port 0: a free port, so a developer's own dev:web (port 5178) does not get in the way.
    const child = spawn('npm', ['run', 'dev:web', '--', '--port', '0'], {
      cwd: root,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise((done) => child.once('exit', done));
    try {
      const url = await new Promise<string>((done, fail) => {
        child.stdout.on('data', () => {
          const printed = /Planverksted kjører på (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
          if (printed) done(printed[1]!);
        });
        void exited.then(() => fail(new Error(`dev:web stoppet:\n${output}`)));
      });
      // --dev keeps the plans in the checkout's .tmp folder, so they survive a restart.
      expect(output).toContain(`(data i ${join(root, '.tmp', 'dev-data')})`);
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<meta name="planverksted-token"');
    } finally {
      // npm starts a shell that starts node: end the whole group this test started.
      if (child.exitCode === null) process.kill(-child.pid!, 'SIGTERM');
      await exited;
    }
  }, 120_000);

  it('npm run export -- --help explains the command', async () => {
    const result = await new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
      execFile(
        'npm',
        ['run', '--silent', 'export', '--', '--help'],
        { cwd: root, timeout: 120_000 },
        (error, stdout, stderr) =>
          done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('--preset');
  }, 120_000);
});
