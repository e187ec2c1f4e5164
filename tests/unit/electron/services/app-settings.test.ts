import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppSettingsStore } from '../../../../electron/services/app-settings';
import { useTempDir } from '../../../support/temp-dir';

const tempDir = useTempDir();

describe('the app settings file', () => {
  it('reads as the defaults when missing, damaged or of another shape', async () => {
    const dir = await tempDir();
    expect(await new AppSettingsStore(dir).read()).toEqual({
      firstRunGuideSeen: false,
      userName: '',
    });
    await writeFile(join(dir, 'settings.json'), '{ ikke json');
    expect(await new AppSettingsStore(dir).read()).toEqual({
      firstRunGuideSeen: false,
      userName: '',
    });
    await writeFile(join(dir, 'settings.json'), '[1, 2]');
    expect(await new AppSettingsStore(dir).read()).toEqual({
      firstRunGuideSeen: false,
      userName: '',
    });
  });

  it('keeps a good value beside a bad or unknown one', async () => {
    const dir = await tempDir();
    await mkdir(dir, { recursive: true });
    await writeFile(
      join(dir, 'settings.json'),
      JSON.stringify({ firstRunGuideSeen: true, fraEnNyereVersjon: 'x' }),
    );
    expect(await new AppSettingsStore(dir).read()).toEqual({
      firstRunGuideSeen: true,
      userName: '',
    });
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ firstRunGuideSeen: 'ja' }));
    expect(await new AppSettingsStore(dir).read()).toEqual({
      firstRunGuideSeen: false,
      userName: '',
    });
  });

  it('writes a change and keeps what was not named', async () => {
    const dir = await tempDir();
    const store = new AppSettingsStore(dir);
    expect(await store.update({ firstRunGuideSeen: true })).toEqual({
      firstRunGuideSeen: true,
      userName: '',
    });
    expect(await store.update({ userName: 'Kari Nordmann' })).toEqual({
      firstRunGuideSeen: true,
      userName: 'Kari Nordmann',
    });
    expect(await store.update({})).toEqual({ firstRunGuideSeen: true, userName: 'Kari Nordmann' });
    expect(JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8'))).toEqual({
      firstRunGuideSeen: true,
      userName: 'Kari Nordmann',
    });
  });
});
