// The look of the exported plan in one place: font, sizes, colours and the ids of the named
// styles the builder uses, so every part of the document looks the same.

/**
 * Arial: on every Windows and Mac, and metric-compatible with Liberation Sans, which LibreOffice
 * ships, so the page numbers worked out for the table of contents hold in Word and LibreOffice.
 */
export const FONT = 'Arial';
export const LANGUAGE = 'nb-NO';

/** Sizes in half points (docx's unit for font sizes). */
export const SIZE = {
  body: 21,
  table: 18,
  small: 16,
  title: 52,
  subtitle: 30,
  heading1: 34,
  heading2: 27,
  heading3: 23,
} as const;

export const COLOUR = {
  heading: '1F3864',
  accent: '2F5496',
  muted: '595959',
  rule: '8EA0B5',
  headerFill: 'DCE4EE',
  groupFill: 'F1F4F8',
  gapFill: 'FBEFD9',
  /** The risk matrix's cells by level; pale, so the words in them read in colour and in grey. */
  riskLow: 'E6F3EA',
  riskMedium: 'FFF3D6',
  riskHigh: 'F8D7D7',
  link: '0563C1',
} as const;

/** Style ids used by the builder (the names Word shows are beside them in the definitions). */
export const STYLE = {
  normal: 'Normal',
  title: 'Title',
  subtitle: 'Subtitle',
  coverInfo: 'Forsideinfo',
  tocHeading: 'TOCHeading',
  quote: 'Quote',
  note: 'Merknad',
  meta: 'Metadata',
  tableNote: 'Tabellnote',
  label: 'Mellomtittel',
  caption: 'Caption',
  listParagraph: 'ListParagraph',
  tableText: 'Tabelltekst',
  tableHeading: 'Tabelloverskrift',
  tableNumber: 'Tabelltall',
  tableSum: 'Tabellsum',
  figure: 'Figur',
  header: 'Header',
  footer: 'Footer',
  hyperlink: 'Hyperlink',
} as const;
