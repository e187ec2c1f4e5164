import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import type { RecentPlan } from '#shared/ipc/contract';
import { AtomicJsonFile } from './atomic-json-file';

type StoredRecent = { path: string; title: string; openedAt: string };
type RecentFile = { plans: StoredRecent[] };

const MAX_RECENT = 12;

/** The "recent plans" list on the start screen, kept in the app's own data folder. */
export class RecentPlans {
  private readonly db: Low<RecentFile>;
  /** Entries removed since the app started, and where they stood, for «Angre». */
  private readonly removed = new Map<string, { entry: StoredRecent; index: number }>();

  constructor(appDataDir: string) {
    this.db = new Low<RecentFile>(new AtomicJsonFile(join(appDataDir, 'recent-plans.json')), {
      plans: [],
    });
  }

  private async stored(): Promise<StoredRecent[]> {
    await this.db.read();
    const plans = Array.isArray(this.db.data?.plans) ? this.db.data.plans : [];
    return plans.filter(
      (p): p is StoredRecent =>
        typeof p?.path === 'string' &&
        typeof p.title === 'string' &&
        typeof p.openedAt === 'string',
    );
  }

  async list(): Promise<RecentPlan[]> {
    const plans = await this.stored();
    return Promise.all(
      plans.map(async (p) => ({
        ...p,
        exists: await access(p.path).then(
          () => true,
          () => false,
        ),
      })),
    );
  }

  async has(path: string): Promise<boolean> {
    return (await this.stored()).some((p) => p.path === path);
  }

  async touch(path: string, title: string): Promise<void> {
    const others = (await this.stored()).filter((p) => p.path !== path);
    this.db.data = {
      plans: [{ path, title, openedAt: new Date().toISOString() }, ...others].slice(0, MAX_RECENT),
    };
    await this.db.write();
  }

  async remove(path: string): Promise<RecentPlan[]> {
    const plans = await this.stored();
    const index = plans.findIndex((p) => p.path === path);
    if (index >= 0) this.removed.set(path, { entry: plans[index]!, index });
    this.db.data = { plans: plans.filter((p) => p.path !== path) };
    await this.db.write();
    return this.list();
  }

  /** Puts a removed entry back at its place; a path never removed here changes nothing. */
  async restore(path: string): Promise<RecentPlan[]> {
    const removed = this.removed.get(path);
    const plans = await this.stored();
    if (removed && !plans.some((p) => p.path === path)) {
      plans.splice(Math.min(removed.index, plans.length), 0, removed.entry);
      this.db.data = { plans: plans.slice(0, MAX_RECENT) };
      await this.db.write();
    }
    this.removed.delete(path);
    return this.list();
  }
}
