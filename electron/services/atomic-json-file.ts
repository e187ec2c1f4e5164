import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Adapter } from 'lowdb';
import { writeFileDurably } from './durable-write';

/**
 * lowdb adapter for small app files (settings, recent plans): durable atomic writes, and a file
 * that is missing or unreadable counts as empty rather than stopping the app.
 */
export class AtomicJsonFile<T> implements Adapter<T> {
  constructor(private readonly path: string) {}

  async read(): Promise<T | null> {
    try {
      return JSON.parse(await readFile(this.path, 'utf8')) as T;
    } catch {
      return null;
    }
  }

  async write(data: T): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    await writeFileDurably(this.path, `${JSON.stringify(data, null, 2)}\n`);
  }
}
