/**
 * Plan files the system asked the app to open (command line, a second start, macOS open-file).
 * They can arrive before there is a window to show them in, so they wait here until one is
 * connected, and are then delivered in the order they came.
 */
export class PlanFileInbox {
  private readonly waiting: string[] = [];
  private deliver: ((path: string) => void) | null = null;

  add(path: string): void {
    if (this.deliver) this.deliver(path);
    else this.waiting.push(path);
  }

  connect(deliver: (path: string) => void): void {
    this.deliver = deliver;
    for (const path of this.waiting.splice(0)) deliver(path);
  }

  disconnect(): void {
    this.deliver = null;
  }
}
