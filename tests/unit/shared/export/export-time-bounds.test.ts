import { afterEach, describe, expect, it, vi } from 'vitest';
import { handleInterrupts, INTERRUPTED_EXIT } from '../../../../electron/cli/interrupt';
import { plainReason, prepareWordAssets } from '#shared/export/word-export-assets';
import { ExportTimeoutError, withTimeout } from '#shared/export/with-timeout';
import { wordPresets } from '#shared/export/word/word-export-options';
import {
  buildDocxOffThread,
  docxTimeoutMessage,
} from '../../../../renderer/src/pages/export/docx-job';
import { exportWord, type ExportTools } from '../../../../renderer/src/pages/export/export-run';
import { samplePlan } from '../../../support/plan-fixtures';

afterEach(() => vi.useRealTimers());

const full = { sections: [...wordPresets.full.sections], date: '2027-03-01' };
const never = () => new Promise<never>(() => {});

/** A module worker that starts but never answers, as one stuck laying out pages would. */
function stuckWorker() {
  const worker = {
    onmessage: null,
    onerror: null,
    postMessage: vi.fn(),
    terminate: vi.fn(),
  };
  return worker;
}

describe('every export step is bounded in time', () => {
  it('withTimeout gives the work its result, or after the time the message and a stop', async () => {
    vi.useFakeTimers();
    expect(await withTimeout(Promise.resolve('ferdig'), 1000, 'for sent')).toBe('ferdig');
    const stop = vi.fn();
    const late = withTimeout(never(), 1000, 'Tok for lang tid.', stop);
    const settled = expect(late).rejects.toEqual(new ExportTimeoutError('Tok for lang tid.'));
    await vi.advanceTimersByTimeAsync(999);
    expect(stop).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await settled;
    expect(stop).toHaveBeenCalledOnce();
  });

  it('terminates a Word worker that takes too long, and says so in words', async () => {
    vi.useFakeTimers();
    const worker = stuckWorker();
    const buildInWindow = vi.fn(never);
    const job = { plan: samplePlan(), options: full, assets: { orgChart: null } };
    const result = buildDocxOffThread(job, buildInWindow, 5000, () => worker as unknown as Worker);
    const settled = expect(result).rejects.toThrow(docxTimeoutMessage(5000));
    await vi.advanceTimersByTimeAsync(5000);
    await settled;
    expect(worker.postMessage).toHaveBeenCalledOnce();
    expect(worker.terminate).toHaveBeenCalled();
    // A stuck build is not a worker that could not start: no second try in the window.
    expect(buildInWindow).not.toHaveBeenCalled();
    expect(docxTimeoutMessage(120_000)).toBe(
      'Eksporten tok for lang tid (mer enn 120 sekunder) og ble stoppet.',
    );
  });

  it('the Eksport page shows «Eksporten tok for lang tid …», saves nothing and keeps the plan', async () => {
    const plan = samplePlan();
    const before = structuredClone(plan);
    const exportFile = vi.fn();
    const ports: ExportTools = {
      drawChart: async () => {
        throw new Error('ikke brukt');
      },
      buildDocx: async () => {
        throw new ExportTimeoutError(docxTimeoutMessage(120_000));
      },
      buildXlsx: never,
      chooseExportLocation: async () => ({
        ok: true,
        destination: 'sted-1',
        path: '/ut/Plan.docx',
        fileName: 'Plan.docx',
      }),
      exportFile,
    };
    const quiet = { step: () => {}, placed: () => {} };
    expect(
      await exportWord(plan, { ...full, sections: ['forside'] }, 'Plan', ports, quiet),
    ).toEqual({
      ok: false,
      canceled: false,
      message:
        'Eksporten tok for lang tid (mer enn 120 sekunder) og ble stoppet. Planen er ikke endret.',
    });
    expect(exportFile).not.toHaveBeenCalled();
    expect(plan).toEqual(before);
  });
});

describe('a chart that fails is left out and explained in words, never with a stack trace', () => {
  it('plainReason keeps the first sentence without the prefixes a browser adds', () => {
    const fromPage = new Error(
      'page.evaluate: Error: SVG-en mangler bredde og høyde.\n    at svgToPng (http://127.0.0.1:4000/assets/x.js:1:2)',
    );
    expect(plainReason(fromPage)).toBe('SVG-en mangler bredde og høyde.');
    expect(plainReason(new TypeError('x is not a function\n    at y (z.js:1:1)'))).toBe(
      'x is not a function',
    );
    expect(plainReason(new Error('Kartsiden startet ikke: feil i siden.'))).toBe(
      'Kartsiden startet ikke: feil i siden.',
    );
    expect(plainReason('')).toBe('ukjent feil.');
  });

  it('the note on the export has the reason and no stack trace', async () => {
    const plan = samplePlan();
    plan.organisation = [
      {
        id: 'o-1',
        type: 'styringsgruppe',
        name: 'Styringsgruppen',
        description: '',
        parentId: null,
        advisesIds: [],
        members: [],
        responsibilities: [],
      },
    ];
    const onlyOrganisation = { ...full, sections: ['organisering' as const] };
    const prepared = await prepareWordAssets(plan, onlyOrganisation, async () => {
      throw new Error(
        'page.evaluate: Error: SVG-en mangler bredde og høyde.\n    at svgToPng (x.js:1:2)',
      );
    });
    expect(prepared.assets.orgChart).toBeNull();
    expect(prepared.notes).toEqual([
      'Organisasjonskartet er ikke med fordi det ikke kunne tegnes: SVG-en mangler bredde og høyde.',
    ]);
  });
});

describe('the command line stops cleanly on Ctrl+C and kill', () => {
  function fakeProcess() {
    const handlers = new Map<string, () => void>();
    const lines: string[] = [];
    let exitCode: number | null = null;
    return {
      lines,
      handlers,
      exitCode: () => exitCode,
      ports: {
        on: (signal: string, handler: () => void) => void handlers.set(signal, handler),
        off: (signal: string) => void handlers.delete(signal),
        exit: (code: number) => void (exitCode = code),
        err: (line: string) => void lines.push(line),
      },
    };
  }

  it.each(['SIGTERM', 'SIGINT'] as const)(
    'on %s says so, closes the browser and exits non-zero',
    async (signal) => {
      const proc = fakeProcess();
      const closeAll = vi.fn(async () => {});
      handleInterrupts(proc.ports, closeAll);
      proc.handlers.get(signal)!();
      await vi.waitFor(() => expect(proc.exitCode()).toBe(INTERRUPTED_EXIT[signal]));
      expect(closeAll).toHaveBeenCalledOnce();
      expect(proc.lines).toEqual([`Eksporten ble avbrutt (${signal}). Ingenting er skrevet.`]);
      expect(INTERRUPTED_EXIT[signal]).toBeGreaterThan(0);
    },
  );

  it('exits even when the browser does not close, and stops listening once done', async () => {
    vi.useFakeTimers();
    const proc = fakeProcess();
    const handling = handleInterrupts(proc.ports, never);
    expect(handling.interrupted()).toBe(false);
    proc.handlers.get('SIGTERM')!();
    expect(handling.interrupted()).toBe(true);
    await vi.advanceTimersByTimeAsync(5000);
    expect(proc.exitCode()).toBe(143);
    const again = fakeProcess();
    handleInterrupts(again.ports, async () => {}).release();
    expect(again.handlers.size).toBe(0);
    handling.release();
  });
});
