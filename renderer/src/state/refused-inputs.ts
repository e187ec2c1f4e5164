/**
 * Fields that hold text the plan refused (a date that does not exist, a year after the end …):
 * what is in them is not saved, so the header must not say that everything is.
 */
export class RefusedInputs {
  private readonly keys = new Set<string>();
  private readonly listeners = new Set<() => void>();

  set(key: string, refused: boolean): void {
    if (refused === this.keys.has(key)) return;
    if (refused) this.keys.add(key);
    else this.keys.delete(key);
    for (const listener of this.listeners) listener();
  }

  count = (): number => this.keys.size;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}
