import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readParticipantFiles } from '../../../../electron/services/participant-files';
import { useTempDir } from '../../../support/temp-dir';

const tempDir = useTempDir();

describe('the participant page’s files', () => {
  it('serves every file under the folder by its path, and / as index.html', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'assets', 'fonts'), { recursive: true });
    await writeFile(join(dir, 'index.html'), '<!doctype html>');
    await writeFile(join(dir, 'assets', 'deltaker-abc.js'), 'export {};');
    await writeFile(join(dir, 'assets', 'fonts', 'tekst.woff2'), 'ikke en ekte font');
    const files = await readParticipantFiles(dir);
    expect(Object.keys(files ?? {}).sort()).toEqual([
      '/',
      '/assets/deltaker-abc.js',
      '/assets/fonts/tekst.woff2',
      '/index.html',
    ]);
    expect(files!['/']).toEqual(files!['/index.html']);
    expect(files!['/assets/deltaker-abc.js']!.contentType).toBe('text/javascript; charset=utf-8');
    expect(files!['/assets/fonts/tekst.woff2']!.contentType).toBe('font/woff2');
  });

  it('is null when the page has not been built', async () => {
    const dir = await tempDir();
    expect(await readParticipantFiles(join(dir, 'finnes-ikke'))).toBeNull();
    await writeFile(join(dir, 'annet.js'), '');
    expect(await readParticipantFiles(dir)).toBeNull();
  });
});
