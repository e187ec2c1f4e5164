/*
 * Why the file system refused, in bokmål, for every place that reads or writes a file for the
 * user (saving a plan, exporting, the export command). One table, so the same disk problem reads
 * the same wherever it happens.
 */

export type FileAction = 'read' | 'write';

type Reason = string | Record<FileAction, string>;

const reasons: Record<string, Reason> = {
  EACCES: {
    read: 'du har ikke tilgang til å lese filen',
    write: 'du har ikke tilgang til å skrive filen',
  },
  // On Windows a file open in another program (Word, Excel) is refused with EPERM or EBUSY.
  EPERM: 'filen er kanskje åpen i et annet program, eller du har ikke tilgang til den',
  EBUSY: 'filen er åpen i et annet program',
  ENOSPC: 'disken er full',
  EROFS: 'disken er skrivebeskyttet',
  EIO: {
    read: 'disken svarte med en feil',
    write: 'disken svarte med en feil, og filen ble ikke skrevet riktig',
  },
  ENOENT: { read: 'filen finnes ikke (lenger)', write: 'mappen finnes ikke (lenger)' },
  ENOTDIR: 'mappen finnes ikke (lenger)',
  EISDIR: 'det er en mappe, ikke en fil',
  EEXIST: 'filen finnes allerede',
};

/** The code Node put on the error (ENOSPC …), or '' when it has none. */
export function fileErrorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/**
 * The reason as a clause to follow a colon: «disken er full». A code without words is named
 * as it is: it helps whoever the user asks for help.
 */
export function fileErrorReason(error: unknown, action: FileAction): string {
  const code = fileErrorCode(error);
  const reason = Object.hasOwn(reasons, code) ? reasons[code] : undefined;
  if (reason === undefined) return code ? `filsystemet svarte ${code}` : 'ukjent feil';
  return typeof reason === 'string' ? reason : reason[action];
}

/** The reason as a sentence of its own: «Disken er full.» */
export function fileErrorSentence(error: unknown, action: FileAction): string {
  const reason = fileErrorReason(error, action);
  return `${reason.charAt(0).toUpperCase()}${reason.slice(1)}.`;
}
