import type { Page } from 'playwright-core';

/*
 * How a keystroke is timed, in the page:
 *
 * A keydown listener in the capture phase (so it runs before any of the app's own handlers)
 * notes the event's timestamp and the focused field's value. The browser runs animation-frame
 * callbacks right before it renders a frame, so the field's value read there is what that frame
 * paints. If the value has not changed yet (the app held the typed text back, or React put the
 * old value back), the harness waits for the next frame and looks again: only the frame that
 * shows the typed character counts. The end is taken in a task posted from that frame's
 * callback with priority "user-blocking", which the browser runs as soon as the frame's style,
 * layout, paint and commit are done, ahead of ordinary tasks that were already queued (such as
 * React's own scheduler, which would otherwise delay the clock after the character is painted).
 *
 * So "end − key pressed" covers the app's input handling, React's render and commit, any work
 * that was queued in front of the key, and the browser's rendering of the frame that shows the
 * character. The start is the event's own timestamp (when the browser received the key), not
 * performance.now() inside the listener, so time spent waiting behind a busy main thread counts.
 *
 * With `expectedCounts` (filter text → number of matching measures) the harness also times when
 * the table's count line first shows the result for the text in the field («Viser 12 av 500
 * tiltak»): the count and the rows are drawn in the same render, so this is when the filtered
 * table is on screen.
 */

interface Timings {
  /** Key pressed → painted in the field. */
  typed: number[];
  /** Key pressed → the table shows the filter's result. */
  result: number[];
  /** Keys whose result was overtaken by the next key before it was shown. */
  overtaken: number;
  /** Keys that never changed the field (a sign the scenario is off). */
  unchanged: number;
}

/** The number of matching measures for each text the filter field will hold, and of all. */
export interface ExpectedCounts {
  byText: Record<string, number>;
  total: number;
}

/** Frames to wait for a change before giving up on a key. */
const MAX_FRAMES = 120;

export async function instrument(
  page: Page,
  expected: ExpectedCounts | null = null,
): Promise<void> {
  // tsx compiles the function below with esbuild's keepNames, which wraps named functions in a
  // __name() helper that exists in Node but not in the page.
  await page.evaluate('globalThis.__name ??= (fn) => fn');
  await page.evaluate(
    ({ expected, maxFrames }) => {
      type State = Timings & {
        installed?: boolean;
        /** Keys are timed only between instrument() and collect(). */
        active: boolean;
        expected: ExpectedCounts | null;
        serial: number;
      };
      const w = window as unknown as { keyTiming?: State };
      const installed = w.keyTiming?.installed === true;
      w.keyTiming = {
        typed: [],
        result: [],
        overtaken: 0,
        unchanged: 0,
        serial: 0,
        expected,
        installed: true,
        active: true,
      };
      if (installed) return;

      type PostTask = (task: () => void, options: { priority: string }) => void;
      const scheduler = (window as unknown as { scheduler?: { postTask: PostTask } }).scheduler;
      /** Reads the page right before the next frame is rendered, and reports right after it. */
      const nextFrame = (read: () => void, after: () => void) =>
        requestAnimationFrame(() => {
          read();
          if (scheduler) scheduler.postTask(after, { priority: 'user-blocking' });
          else setTimeout(after, 0);
        });
      // The count line is found once and kept while it is on the page: the harness runs before
      // every frame while it waits, and should add as little as it can to the time it measures.
      let counter: Element | null = null;
      const countLine = () => {
        if (!counter?.isConnected)
          counter =
            [...document.querySelectorAll('[role="status"]')].find((el) =>
              el.textContent?.startsWith('Viser '),
            ) ?? null;
        return counter?.textContent;
      };

      document.addEventListener(
        'keydown',
        (event) => {
          const t = w.keyTiming!;
          // Keys pressed to set up a scenario (End, …) are not timed, and must not leave the
          // harness asking for frames while the next scenario is timed.
          if (!t.active) return;
          const field = event.target as HTMLInputElement | HTMLTextAreaElement;
          if (typeof field.value !== 'string') return;
          // event.timeStamp is on the performance.now() clock; fall back if a browser says otherwise.
          const now = performance.now();
          const start = event.timeStamp > 0 && event.timeStamp <= now ? event.timeStamp : now;
          const before = field.value;
          const serial = ++t.serial;
          let typed = false;
          let frames = 0;

          const watch = () => {
            let changed = false;
            let shown = false;
            nextFrame(
              () => {
                changed = field.value !== before;
                const want = t.expected?.byText[field.value];
                shown =
                  want !== undefined &&
                  countLine() === `Viser ${want} av ${t.expected!.total} tiltak`;
              },
              () => {
                frames += 1;
                const at = performance.now() - start;
                if (!typed && changed) {
                  typed = true;
                  t.typed.push(at);
                }
                const waitingForResult = t.expected !== null && typed;
                if (waitingForResult && shown) return void t.result.push(at);
                if (typed && !waitingForResult) return;
                if (typed && t.serial !== serial) return void (t.overtaken += 1);
                if (frames < maxFrames && t.active) return watch();
                if (!typed) t.unchanged += 1;
              },
            );
          };
          watch();
        },
        { capture: true },
      );
    },
    { expected, maxFrames: MAX_FRAMES },
  );
}

export async function collect(page: Page): Promise<Timings> {
  await page.waitForTimeout(500);
  return page.evaluate(() => {
    const t = (window as unknown as { keyTiming: Timings & { active: boolean } }).keyTiming;
    t.active = false;
    const { typed, result, overtaken, unchanged } = t;
    return { typed, result, overtaken, unchanged };
  });
}
