import { describe, expect, it } from 'vitest';
import {
  fileErrorCode,
  fileErrorReason,
  fileErrorSentence,
} from '../../../../electron/services/file-error-text';

const fsError = (code: string) => Object.assign(new Error(`${code}: fra Node`), { code });

describe('a file error in words', () => {
  it.each([
    ['ENOSPC', 'disken er full', 'disken er full'],
    ['EROFS', 'disken er skrivebeskyttet', 'disken er skrivebeskyttet'],
    ['EACCES', 'du har ikke tilgang til å skrive filen', 'du har ikke tilgang til å lese filen'],
    [
      'EPERM',
      'filen er kanskje åpen i et annet program, eller du har ikke tilgang til den',
      'filen er kanskje åpen i et annet program, eller du har ikke tilgang til den',
    ],
    ['EBUSY', 'filen er åpen i et annet program', 'filen er åpen i et annet program'],
    ['ENOENT', 'mappen finnes ikke (lenger)', 'filen finnes ikke (lenger)'],
    ['ENOTDIR', 'mappen finnes ikke (lenger)', 'mappen finnes ikke (lenger)'],
    ['EISDIR', 'det er en mappe, ikke en fil', 'det er en mappe, ikke en fil'],
    [
      'EIO',
      'disken svarte med en feil, og filen ble ikke skrevet riktig',
      'disken svarte med en feil',
    ],
  ])('%s: «%s» when writing, «%s» when reading', (code, write, read) => {
    expect(fileErrorReason(fsError(code), 'write')).toBe(write);
    expect(fileErrorReason(fsError(code), 'read')).toBe(read);
  });

  it('names a code it has no words for, and says «ukjent feil» when there is no code', () => {
    expect(fileErrorReason(fsError('EXDEV'), 'write')).toBe('filsystemet svarte EXDEV');
    expect(fileErrorReason(new Error('uten kode'), 'write')).toBe('ukjent feil');
    expect(fileErrorReason(null, 'read')).toBe('ukjent feil');
    expect(fileErrorReason('tekst', 'read')).toBe('ukjent feil');
    // A code that is also a name on every object must not find a prototype's property.
    expect(fileErrorReason(fsError('constructor'), 'write')).toBe('filsystemet svarte constructor');
  });

  it('reads the code only when it is a string', () => {
    expect(fileErrorCode(fsError('ENOSPC'))).toBe('ENOSPC');
    expect(fileErrorCode({ code: 28 })).toBe('');
    expect(fileErrorCode(undefined)).toBe('');
  });

  it('makes a sentence of its own for messages that go on after it', () => {
    expect(fileErrorSentence(fsError('ENOSPC'), 'write')).toBe('Disken er full.');
    expect(fileErrorSentence(fsError('ENOTDIR'), 'write')).toBe('Mappen finnes ikke (lenger).');
  });
});
