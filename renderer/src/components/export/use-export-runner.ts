import { useRef, useState } from 'react';
import type { ExportListener, ExportOutcome, ExportPlace, ExportStep } from './save-export';

export type ExportFileKind =
  'docx' | 'xlsx' | 'reportDocx' | 'reportXlsx' | 'finalDocx' | 'changesDocx';

export type ExportState =
  | { phase: 'idle' }
  | {
      phase: 'working';
      kind: ExportFileKind;
      steps: ExportStep[];
      current: ExportStep;
      /** Where the file goes, once the user has chosen. */
      place: ExportPlace | null;
    }
  | { phase: 'done'; kind: ExportFileKind; path: string; fileName: string; notes: string[] }
  | { phase: 'failed'; kind: ExportFileKind; message: string };

/** One export at a time on the page: its steps while it works, then what came of it. */
export function useExportRunner() {
  const [state, setState] = useState<ExportState>({ phase: 'idle' });
  const busy = useRef(false);

  const run = async (
    kind: ExportFileKind,
    steps: ExportStep[],
    job: (listener: ExportListener) => Promise<ExportOutcome>,
  ) => {
    if (busy.current) return;
    busy.current = true;
    setState({ phase: 'working', kind, steps, current: steps[0]!, place: null });
    try {
      const outcome = await job({
        step: (step) => setState((s) => (s.phase === 'working' ? { ...s, current: step } : s)),
        placed: (place) => setState((s) => (s.phase === 'working' ? { ...s, place } : s)),
      });
      if (outcome.ok) setState({ phase: 'done', kind, ...outcome });
      // The user closed the save dialog before anything was built: nothing is said.
      else if (outcome.canceled) setState({ phase: 'idle' });
      else setState({ phase: 'failed', kind, message: outcome.message });
    } finally {
      busy.current = false;
    }
  };

  return { state, run, working: state.phase === 'working' };
}
