import { describe, expect, it } from 'vitest';
import { parseHtmlTable, parseTsv, readPastedTable } from '#shared/plan/paste-table';

// Word's clipboard HTML, shortened but with its real habits: a style block, conditional
// comments, <o:p>, &nbsp;, a cell of two paragraphs and an empty spacer row.
const WORD_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>
p.MsoNormal {margin:0cm; font-family:"Calibri";}
</style></head><body lang=NO-BOK><!--StartFragment-->
<table class=MsoTableGrid border=1 cellspacing=0 style='border-collapse:collapse;mso-yfti-tbllook:1184'>
 <tr style='mso-yfti-irow:0'>
  <td width=60 valign=top><p class=MsoNormal><b><span lang=NO-BOK>Kode<o:p></o:p></span></b></p></td>
  <td width=200 valign=top><p class=MsoNormal><b>Tiltak<o:p></o:p></b></p></td>
  <td width=200 valign=top><p class=MsoNormal><b>Samarbeids&shy;partnere</b></p></td>
 </tr>
 <tr style='mso-yfti-irow:1'>
  <td><p class=MsoNormal>1A<o:p></o:p></p></td>
  <td><p class=MsoNormal>Boligsosialt&nbsp;team</p><p class=MsoNormal>i&nbsp;bydelen &amp; NAV</p></td>
  <td><p class=MsoNormal>NAV<br>Boligbygg Oslo KF</p></td>
 </tr>
 <tr style='mso-yfti-irow:2'><td><p class=MsoNormal><o:p>&nbsp;</o:p></p></td><td><p class=MsoNormal><o:p>&nbsp;</o:p></p></td><td></td></tr>
 <!--[if !supportMisalignedColumns]--><tr height=0><td width=60 style='border:none'></td></tr><!--[endif]-->
</table>
<!--EndFragment--></body></html>`;

describe('parseTsv', () => {
  it('reads rows and cells, trims them and drops empty rows', () => {
    expect(parseTsv('Kode\tTiltak\r\n 1A \tBoligtorg\r\n\t\r\n1B\tBostøtte\r\n')).toEqual([
      ['Kode', 'Tiltak'],
      ['1A', 'Boligtorg'],
      ['1B', 'Bostøtte'],
    ]);
  });

  it('keeps a quoted cell with line breaks, tabs and doubled quotes as one cell', () => {
    const text = '1A\t"Første linje\nandre linje"\t"Han sa ""ja""\tog gikk"\n1B\tEnkel\tSiste';
    expect(parseTsv(text)).toEqual([
      ['1A', 'Første linje\nandre linje', 'Han sa "ja"\tog gikk'],
      ['1B', 'Enkel', 'Siste'],
    ]);
  });

  it('takes a quote inside an unquoted cell as text and pads short rows', () => {
    expect(parseTsv('Tiltak «A» "B"\tx\nBare en')).toEqual([
      ['Tiltak «A» "B"', 'x'],
      ['Bare en', ''],
    ]);
  });

  it('drops empty columns at the right', () => {
    expect(parseTsv('a\tb\t\t\nc\t\t\t')).toEqual([
      ['a', 'b'],
      ['c', ''],
    ]);
  });
});

describe('parseHtmlTable', () => {
  it("reads Word's table: paragraphs and breaks as lines, entities decoded, spacer rows gone", () => {
    expect(parseHtmlTable(WORD_HTML)).toEqual([
      ['Kode', 'Tiltak', 'Samarbeidspartnere'],
      ['1A', 'Boligsosialt team\ni bydelen & NAV', 'NAV\nBoligbygg Oslo KF'],
    ]);
  });

  it('keeps cells under their heading after a cell that spans columns, and skips inner tables', () => {
    const html =
      '<table><tr><th>A</th><th>B</th><th>C</th></tr>' +
      '<tr><td colspan="2">bred</td><td>c<table><tr><td>inne</td></tr></table></td></tr></table>';
    expect(parseHtmlTable(html)).toEqual([
      ['A', 'B', 'C'],
      ['bred', '', 'cinne'],
    ]);
  });

  it('is empty without a table', () => {
    expect(parseHtmlTable('<p>Bare tekst</p>')).toEqual([]);
  });
});

describe('readPastedTable', () => {
  it("prefers Word's HTML table to its plain text, where a two-paragraph cell splits the row", () => {
    const text = 'Kode\tTiltak\tSamarbeidspartnere\n1A\tBoligsosialt team\ni bydelen & NAV\tNAV';
    expect(readPastedTable({ text, html: WORD_HTML })[1]![1]).toBe(
      'Boligsosialt team\ni bydelen & NAV',
    );
  });

  it('reads the text when the HTML has no table (Excel on some systems, plain editors)', () => {
    expect(readPastedTable({ text: '1A\tBoligtorg', html: '<span>1A Boligtorg</span>' })).toEqual([
      ['1A', 'Boligtorg'],
    ]);
  });
});
