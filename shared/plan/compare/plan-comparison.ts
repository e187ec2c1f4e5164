import type { ChangeKind, PlanPart } from '../../model/plan-history';

// The shapes one comparison of two plans gives, for the compare screen, the Word document
// «Endringer siden vedtak» and the change log alike (compare-plans.ts, describe-changes.ts).

/** One field of one item that differs, in words a reader of the plan understands. */
export interface FieldChange {
  /** The model's field name, stable for filters and tests: 'owner', 'cost.2027'. */
  field: string;
  /** «ansvarlig», «kostnad 2027». */
  label: string;
  /** The value before and after in words («NAV», «200 000 kr», «(tom)»). */
  before: string;
  after: string;
  /** A long text (a chapter): before and after are excerpts around the first difference. */
  long?: boolean;
}

/** What happened to one item (a goal, a measure, a budget line in one year …). */
export interface ItemChange {
  kind: ChangeKind;
  part: PlanPart;
  /** The item's stable id; ids never come from array positions. */
  entityId: string;
  /** How the item is named to a reader: «Tiltak 2B Boligtorg», «Delmål 1.2». */
  label: string;
  /** The short name for sentences: «Tiltak 2B», «Delmål 1.2», «Budsjett 2027». */
  ref?: string;
  /** For 'changed': the fields that differ. Empty for added, removed and moved. */
  fields: FieldChange[];
  /**
   * For 'moved' (and 'changed' when the item also moved, beside its field 'placement'): where it
   * was and where it is now, in words («Hovedmål 1» → «Hovedmål 2», «plass 3» → «plass 1»).
   */
  from?: string;
  to?: string;
  /** For some added or removed items: their content in a few words («kostnad 250 000 kr»). */
  summary?: string;
}

export interface ChangeCounts {
  added: number;
  changed: number;
  removed: number;
  moved: number;
}

export interface PartComparison extends ChangeCounts {
  part: PlanPart;
  label: string;
  items: ItemChange[];
}

export interface PlanComparison {
  /** Every part, in planParts order, also those without changes (their counts are 0). */
  parts: PartComparison[];
  total: ChangeCounts;
}

/** One change as the log keeps it, before who and when are added (see ChangeEntry). */
export interface ChangeDescription {
  part: PlanPart;
  kind: ChangeKind;
  entityId: string;
  field: string;
  /** «Tiltak 2B: ansvarlig endret fra NAV til Boligkontoret». */
  text: string;
}
