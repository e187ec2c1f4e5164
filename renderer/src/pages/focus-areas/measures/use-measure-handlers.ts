import { useMemo } from 'react';
import type { Measure } from '#shared/model/measures';
import type { PartyRef } from '#shared/model/primitives';
import {
  moveMeasureToFocusArea,
  toggleMeasureLink,
  updateMeasure,
  type MeasureFields,
} from '#shared/plan/measure-operations';
import { usePlanSession } from '../../../state/plan-context';

/** The measure's free-text fields: every field whose value is any string. */
type TextKey = {
  [K in keyof MeasureFields]-?: string extends Measure[K]
    ? Measure[K] extends string
      ? K
      : never
    : never;
}[keyof MeasureFields];
type ListKey = 'targetGroupIds' | 'strategyIds' | 'goalIds';

/**
 * One stable set of change handlers per measure. The editor's parts are memoised, so a field
 * only draws again when its own value changes; new handlers on every keystroke would undo that.
 */
export function useMeasureHandlers(measureId: string) {
  const session = usePlanSession();
  return useMemo(() => {
    const set = (fields: MeasureFields, key?: string) =>
      session.edit(
        (p) => updateMeasure(p, measureId, fields),
        key && `measure.${measureId}.${key}`,
      );
    // Typing in one field is one undo step (coalesced by field). One handler per field, made
    // once, so a new text field needs no line here: the editor asks for on.text('field').
    const texts = new Map<TextKey, (value: string) => void>();
    const text = (key: TextKey) => {
      let handler = texts.get(key);
      if (!handler) {
        handler = (value: string) => set({ [key]: value }, key);
        texts.set(key, handler);
      }
      return handler;
    };
    const list = (key: ListKey) => (id: string, on: boolean) =>
      session.edit((p) => toggleMeasureLink(p, measureId, key, id, on));
    return {
      text,
      code: text('code'),
      title: text('title'),
      description: text('description'),
      expectedResult: text('expectedResult'),
      challenges: text('challenges'),
      correctiveAction: text('correctiveAction'),
      targetGroupIds: list('targetGroupIds'),
      strategyIds: list('strategyIds'),
      goalIds: list('goalIds'),
      owner: (owner: PartyRef | null) => set({ owner }),
      dates: (startDate: string | null, endDate: string | null) =>
        set({ startDate, endDate }, 'dates'),
      status: (status: Measure['status']) => set({ status }),
      priority: (priority: boolean) => set({ priority }),
      progress: (progress: Measure['progress']) => set({ progress }, 'progress'),
      sharedProject: (sharedProject: Measure['sharedProject'], key?: string) =>
        set({ sharedProject }, key),
      focusArea: (focusAreaId: string) =>
        session.edit((p) => moveMeasureToFocusArea(p, measureId, focusAreaId)),
    };
  }, [session, measureId]);
}
