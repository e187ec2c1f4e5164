import { resolve } from 'node:path';
import { PLAN_EXTENSION } from './services/plan-file-store';

export const isPlanFilePath = (path: string) => path.toLowerCase().endsWith(PLAN_EXTENSION);

/**
 * The plan files on a command line, as Windows and Linux start the app when a .bsplan is
 * double-clicked (also in a second instance's argv). The executable, flags (Chromium adds its
 * own) and other files are left out; relative paths are resolved against the caller's folder.
 */
export function planFilesFromArgv(argv: readonly string[], workingDir: string): string[] {
  return argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && isPlanFilePath(arg))
    .map((arg) => resolve(workingDir, arg));
}
