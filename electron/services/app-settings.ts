import { join } from 'node:path';
import { Low } from 'lowdb';
import { appSettingsSchema, type AppSettings } from '#shared/ipc/contract';
import { AtomicJsonFile } from './atomic-json-file';

/**
 * The app's own settings (whether the first-run guide has been shown, the name the change log records), in
 * `settings.json` beside the recent list. A missing, unreadable or outdated file reads as the
 * defaults, so a damaged settings file can at worst show the guide once more.
 */
export class AppSettingsStore {
  private readonly db: Low<unknown>;

  constructor(appDataDir: string) {
    this.db = new Low<unknown>(new AtomicJsonFile(join(appDataDir, 'settings.json')), {});
  }

  async read(): Promise<AppSettings> {
    await this.db.read();
    const stored = this.db.data;
    const parsed = appSettingsSchema.safeParse(
      stored !== null && typeof stored === 'object' ? stored : {},
    );
    // One bad value must not lose the others: fall back to each default separately.
    if (parsed.success) return parsed.data;
    const settings: Record<string, unknown> = appSettingsSchema.parse({});
    for (const key of Object.keys(settings) as (keyof AppSettings)[]) {
      const one = appSettingsSchema.shape[key].safeParse((stored as Record<string, unknown>)[key]);
      if (one.success) settings[key] = one.data;
    }
    return appSettingsSchema.parse(settings);
  }

  async update(change: Partial<AppSettings>): Promise<AppSettings> {
    const next: Record<string, unknown> = { ...(await this.read()) };
    for (const [key, value] of Object.entries(change)) {
      if (value !== undefined) next[key] = value;
    }
    const settings = appSettingsSchema.parse(next);
    this.db.data = settings;
    await this.db.write();
    return settings;
  }
}
