import {
  BorderStyle,
  BuilderElement,
  ParagraphProperties,
  RunProperties,
  ShadingType,
  TableCellBorders,
  TableProperties,
  WidthType,
  createShading,
  createStringElement,
  type XmlComponent,
} from 'docx';
import { COLOUR } from './word-theme';

// docx has no option for table styles, so the one table style is put together from docx's own
// elements (style, table, run and cell properties) rather than written as an XML string.

/** The id every table in the export refers to; its name is what Word shows in Table Design. */
export const PLAN_TABLE_STYLE = 'Plantabell';

/** Space between a cell's border and its text, left and right, in twips. */
export const CELL_PADDING = 85;

const line = (size: number, color: string = COLOUR.rule) => ({
  style: BorderStyle.SINGLE,
  size,
  color,
  space: 0,
});

const styleElement = (
  attributes: Record<string, string | boolean>,
  children: XmlComponent[],
): XmlComponent =>
  new BuilderElement({
    name: 'w:style',
    attributes: Object.fromEntries(
      Object.entries(attributes).map(([key, value]) => [
        key,
        { key: `w:${key}`, value: typeof value === 'boolean' ? (value ? '1' : '0') : value },
      ]),
    ),
    children,
  });

const conditional = (type: 'firstRow' | 'lastRow', children: XmlComponent[]) =>
  new BuilderElement({
    name: 'w:tblStylePr',
    attributes: { type: { key: 'w:type', value: type } },
    children,
  });

const cellProperties = (children: XmlComponent[]) =>
  new BuilderElement({ name: 'w:tcPr', children });

/** Word's "Normal Table", which every table style is based on. */
export function tableNormalStyle(): XmlComponent {
  return styleElement({ type: 'table', default: true, styleId: 'TableNormal' }, [
    createStringElement('w:name', 'Normal Table'),
    new BuilderElement({ name: 'w:uiPriority', attributes: { v: { key: 'w:val', value: 99 } } }),
    new BuilderElement({ name: 'w:semiHidden' }),
    new BuilderElement({ name: 'w:unhideWhenUsed' }),
    new TableProperties({
      indent: { size: 0, type: WidthType.DXA },
      cellMargin: { top: 0, left: 108, bottom: 0, right: 108 },
    }),
  ]);
}

/**
 * Plantabell: thin blue-grey rules, a shaded header row in bold and a sum row in bold under a
 * stronger rule. Tables turn the header and sum formatting on with their tableLook.
 */
export function planTableStyle(): XmlComponent {
  return styleElement({ type: 'table', customStyle: true, styleId: PLAN_TABLE_STYLE }, [
    createStringElement('w:name', PLAN_TABLE_STYLE),
    createStringElement('w:basedOn', 'TableNormal'),
    new BuilderElement({ name: 'w:uiPriority', attributes: { v: { key: 'w:val', value: 40 } } }),
    new BuilderElement({ name: 'w:qFormat' }),
    new ParagraphProperties({ spacing: { before: 0, after: 0 } }),
    new RunProperties({}),
    new TableProperties({
      borders: {
        top: line(6, COLOUR.heading),
        bottom: line(6, COLOUR.heading),
        left: line(4),
        right: line(4),
        insideHorizontal: line(4),
        insideVertical: line(4),
      },
      cellMargin: { top: 57, bottom: 57, left: CELL_PADDING, right: CELL_PADDING },
    }),
    conditional('firstRow', [
      new RunProperties({ bold: true, color: COLOUR.heading }),
      cellProperties([
        new TableCellBorders({ bottom: line(8, COLOUR.heading) }),
        createShading({ fill: COLOUR.headerFill, type: ShadingType.CLEAR, color: 'auto' }),
      ]),
    ]),
    conditional('lastRow', [
      new RunProperties({ bold: true }),
      cellProperties([new TableCellBorders({ top: line(8, COLOUR.heading) })]),
    ]),
  ]);
}
