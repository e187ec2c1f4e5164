// The fields a quality problem points to. A check names one in `field`; the control that fixes
// it carries the same name in `data-field`, so the link from Kvalitetssjekk can focus it. Both
// sides take the name from here, so they cannot drift apart.

export const CHECK_FIELDS = {
  // Measures (the focus-area page).
  code: 'code',
  owner: 'owner',
  startDate: 'startDate',
  endDate: 'endDate',
  expectedResult: 'expectedResult',
  status: 'status',
  progress: 'progress',
  /** The measure's first cost cell on the budget page, and its cost summary on the measure. */
  costs: 'costs',
  // Goals.
  resultGoals: 'resultGoals',
  indicator: 'indicator',
  // Guidance and examples from a template.
  /** A chapter's text editor (Tekstkapitler). */
  chapterText: 'chapterText',
  /** An example figure's or person's controls: where it is replaced or confirmed. */
  example: 'example',
  // Budget.
  defaultSplit: 'defaultSplit',
  financing: 'financing',
  split: 'split',
  outside: 'outside',
  // Risks (Risikoanalyse); a risk's owner uses `owner` above.
  mitigation: 'mitigation',
  // Follow-up.
  /** The status of a measure in an open report (the report page). */
  reportStatus: 'reportStatus',
} as const;

/** A line's financing balance in one year (the first source's amount that year). */
export const balanceField = (year: number) => `balance-${year}` as const;
/** The budget frame of one year. */
export const frameField = (year: number) => `frame-${year}` as const;

/** Spending (regnskap) of one year: the line's first source cell that year. */
export const spentField = (year: number) => `spent-${year}` as const;

export type CheckField =
  | (typeof CHECK_FIELDS)[keyof typeof CHECK_FIELDS]
  | ReturnType<typeof balanceField>
  | ReturnType<typeof frameField>
  | ReturnType<typeof spentField>;
