/** The parts of a plan, in the order of the navigation (and of the finished document). */
export const planPages = [
  { id: 'om-planen', label: 'Om planen' },
  { id: 'visjon-og-mal', label: 'Visjon og mål' },
  { id: 'strategier', label: 'Strategier' },
  { id: 'satsningsomrader', label: 'Satsningsområder og tiltak' },
  { id: 'malgrupper', label: 'Målgrupper' },
  { id: 'personer', label: 'Personer og partnere' },
  { id: 'organisering', label: 'Organisering' },
  { id: 'budsjett', label: 'Budsjett' },
  { id: 'tekstkapitler', label: 'Tekstkapitler' },
  // In the document the risk table follows the chapter «Risikoanalyse», so it comes after them.
  { id: 'risikoanalyse', label: 'Risikoanalyse' },
  { id: 'kvalitetssjekk', label: 'Kvalitetssjekk' },
  // Following the plan up after adoption: reports to Husbanken, spending, indicators.
  { id: 'oppfolging', group: 'oppfolging', label: 'Oppfølging' },
  { id: 'statusrapporter', group: 'oppfolging', label: 'Statusrapporter' },
  { id: 'regnskap', group: 'oppfolging', label: 'Regnskap' },
  { id: 'indikatorer', group: 'oppfolging', label: 'Indikatorer og behovstall' },
  { id: 'sluttrapport', group: 'oppfolging', label: 'Sluttrapport' },
  // A way of working on the plan with the group, not a part of the document.
  { id: 'verksted', label: 'Verksted' },
  // Adopted versions, the change log and comparing them: beside the export to the politicians.
  { id: 'versjoner', label: 'Versjoner og endringer' },
  { id: 'eksport', label: 'Eksport' },
] as const;

export type PageId = (typeof planPages)[number]['id'];
