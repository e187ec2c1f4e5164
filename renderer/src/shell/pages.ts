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
  { id: 'kvalitetssjekk', label: 'Kvalitetssjekk' },
  { id: 'eksport', label: 'Eksport' },
] as const;

export type PageId = (typeof planPages)[number]['id'];
