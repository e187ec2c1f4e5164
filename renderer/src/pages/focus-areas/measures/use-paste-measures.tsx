import { useCallback, useState, type ClipboardEvent } from 'react';
import { addPastedMeasures } from '#shared/plan/paste-measures';
import type { PastedTable } from '#shared/plan/paste-table';
import { usePlan } from '../../../state/plan-context';
import { useChangeNotice } from '../change-notice';
import { PasteMeasuresDialog, pastedTableOf, type PasteChoice } from './PasteMeasuresDialog';

interface OpenPaste {
  focusAreaId: string;
  table: PastedTable | null;
  /** Gets focus back if the user undoes the paste. */
  restoreFocusId: string;
}

const TEXT_INPUT = /^(text|search|email|tel|url|number|password|date|month)$/i;

/** True where Ctrl+V means «paste this text here» (a field or the chapter editor), not rows. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && TEXT_INPUT.test(target.type);
}

/**
 * Pasting rows into the measures: `open` shows the preview (or, without rows, a field to paste
 * them into); `pasteHandler` gives a region's onPaste, which takes rows pasted with Ctrl+V while
 * focus is in the region but not in a text field. «Opprett» is one edit, announced with «Angre».
 */
export function usePasteMeasures() {
  const { plan, edit } = usePlan();
  const notice = useChangeNotice();
  const [open, setOpen] = useState<OpenPaste | null>(null);

  const openPaste = useCallback(
    (focusAreaId: string, table: PastedTable | null, restoreFocusId: string) =>
      setOpen({ focusAreaId, table, restoreFocusId }),
    [],
  );
  const pasteHandler = useCallback(
    (focusAreaId: string, restoreFocusId: string) => (event: ClipboardEvent) => {
      if (isTextEntry(event.target)) return;
      const table = pastedTableOf(event.clipboardData);
      if (table.length === 0) return;
      event.preventDefault();
      setOpen({ focusAreaId, table, restoreFocusId });
    },
    [],
  );

  const create = (choice: PasteChoice) => {
    if (!open) return;
    edit((p) =>
      addPastedMeasures(p, choice.focusAreaId, choice.table, choice.mapping, {
        header: choice.header,
        shared: choice.shared,
      }),
    );
    setOpen(null);
    const area = plan.focusAreas.find((f) => f.id === choice.focusAreaId);
    notice.announce(
      `${choice.count} ${choice.shared ? (choice.count === 1 ? 'felles prosjekt' : 'felles prosjekter') : 'tiltak'} er lagt inn i satsningsområde ${area?.code ?? ''}.`.replace(
        ' .',
        '.',
      ),
      open.restoreFocusId,
    );
  };

  const dialog = open ? (
    <PasteMeasuresDialog
      plan={plan}
      focusAreaId={open.focusAreaId}
      table={open.table}
      onCreate={create}
      onCancel={() => setOpen(null)}
    />
  ) : null;

  return { openPaste, pasteHandler, dialog };
}
