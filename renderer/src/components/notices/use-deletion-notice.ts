import { useCallback, useState } from 'react';
import type { Plan } from '#shared/model/plan';
import { usePlanSession, useSessionSnapshot } from '../../state/plan-context';
import { changeThenFocus } from '../focus';

interface Deletion {
  message: string;
  /** The plan right after the deletion: the notice shows only while nothing else has changed. */
  plan: Plan;
  restoreFocusId: string;
  /** Changes with every deletion, so focus moves to "Angre" each time. */
  serial: number;
  /** What else the page does when the deletion is undone (select the restored item …). */
  afterUndo?: () => void;
}

/**
 * The "… er slettet – Angre" notice of a page (DeletionNotice): call `announce` right after the
 * deleting edit; undo restores the plan and focus. The notice shows only while nothing else has
 * changed the plan.
 */
export function useDeletionNotice() {
  const session = usePlanSession();
  const { plan } = useSessionSnapshot();
  const [deletion, setDeletion] = useState<Deletion | null>(null);
  const announce = useCallback(
    (message: string, restoreFocusId: string, afterUndo?: () => void) => {
      const after = session.plan;
      setDeletion((previous) => ({
        message,
        plan: after,
        restoreFocusId,
        serial: (previous?.serial ?? 0) + 1,
        afterUndo,
      }));
    },
    [session],
  );
  const visible = deletion !== null && deletion.plan === plan;
  return {
    announce,
    noticeProps: {
      message: visible ? deletion.message : null,
      serial: deletion?.serial ?? 0,
      onUndo: () => {
        const undo = () => {
          session.undo();
          deletion?.afterUndo?.();
          setDeletion(null);
        };
        if (deletion) changeThenFocus(undo, deletion.restoreFocusId);
        else undo();
      },
      onHide: () => setDeletion(null),
    },
  };
}
