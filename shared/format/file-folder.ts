/**
 * The folder part of a path as the system wrote it (Windows «C:\…\Dokumenter» or «/home/…»),
 * for telling the user where a file went; '' when the path has no folder.
 */
export function folderOf(path: string): string {
  const at = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  if (at < 0) return '';
  // «/plan.docx» and «C:\plan.docx» are in the root, which is written with its separator.
  if (at === 0 || /^[A-Za-z]:$/.test(path.slice(0, at))) return path.slice(0, at + 1);
  return path.slice(0, at);
}
