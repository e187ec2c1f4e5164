import { describe, expect, it } from 'vitest';
import { planFilesFromArgv } from '../../../electron/file-arguments';
import { PlanFileInbox } from '../../../electron/plan-file-inbox';

describe('plan files on the command line', () => {
  it('takes .bsplan paths and leaves out the executable, flags and other files', () => {
    expect(
      planFilesFromArgv(
        [
          '/opt/Planverksted/planverksted.bsplan',
          '--no-sandbox',
          '--inspect=9229',
          '-psn_0_12345',
          '/home/kari/Planer/Bydel.bsplan',
          '/home/kari/notat.txt',
          '/home/kari/bsplan',
        ],
        '/home/kari',
      ),
    ).toEqual(['/home/kari/Planer/Bydel.bsplan']);
  });

  it('resolves relative paths against the folder the app was started from', () => {
    expect(
      planFilesFromArgv(
        ['planverksted', 'Bydel.BSPLAN', '../felles/Plan 2026.bsplan'],
        '/home/kari/Planer',
      ),
    ).toEqual(['/home/kari/Planer/Bydel.BSPLAN', '/home/kari/felles/Plan 2026.bsplan']);
  });

  it('finds nothing when the app is started without a file', () => {
    expect(planFilesFromArgv(['electron', '.'], '/work')).toEqual([]);
    expect(planFilesFromArgv([], '/work')).toEqual([]);
  });
});

describe('the plan file inbox', () => {
  it('keeps files until a window is connected, then hands them over in order', () => {
    const inbox = new PlanFileInbox();
    const delivered: string[] = [];
    inbox.add('/a.bsplan');
    inbox.add('/b.bsplan');
    expect(delivered).toEqual([]);
    inbox.connect((path) => delivered.push(path));
    inbox.add('/c.bsplan');
    expect(delivered).toEqual(['/a.bsplan', '/b.bsplan', '/c.bsplan']);
    inbox.disconnect();
    inbox.add('/d.bsplan');
    expect(delivered).toHaveLength(3);
    inbox.connect((path) => delivered.push(path));
    expect(delivered.at(-1)).toBe('/d.bsplan');
  });
});
