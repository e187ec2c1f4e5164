import { describe, expect, it } from 'vitest';
import { folderOf } from '#shared/format/file-folder';

describe('folderOf', () => {
  it('gives the folder of Windows and Unix paths, roots with their separator', () => {
    expect(folderOf('C:\\Users\\kari\\Dokumenter\\Planverksted\\plan.docx')).toBe(
      'C:\\Users\\kari\\Dokumenter\\Planverksted',
    );
    expect(folderOf('/home/kari/Dokumenter/plan.docx')).toBe('/home/kari/Dokumenter');
    expect(folderOf('/plan.docx')).toBe('/');
    expect(folderOf('C:\\plan.docx')).toBe('C:\\');
    expect(folderOf('plan.docx')).toBe('');
  });
});
