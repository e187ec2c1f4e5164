// TEMPORARY: replaced by the builder from branch word
//
// A stand-in with the real builder's two signatures, so the export page, the headless command
// and the benchmark can be built and tested before the real document builder lands. It makes a
// minimal but real .docx: the title, one heading per chosen section, and the organisation chart.
import { Document, HeadingLevel, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import type { Plan } from '../../model/plan';
import { sortedMeasures } from '../../plan/traceability';
import {
  wordSectionIds,
  wordSectionLabels,
  type WordExportAssets,
  type WordExportOptions,
} from './word-export-options';

/** Widest a picture may be on an A4 page with normal margins, in pixels at 96 per inch. */
const PAGE_WIDTH_PX = 600;

export async function buildPlanDocx(
  plan: Plan,
  options: WordExportOptions,
  assets: WordExportAssets,
): Promise<Uint8Array> {
  const buffer = await Packer.toArrayBuffer(buildPlanDocument(plan, options, assets));
  return new Uint8Array(buffer);
}

export function buildPlanDocument(
  plan: Plan,
  options: WordExportOptions,
  assets: WordExportAssets,
): Document {
  const chosen = wordSectionIds.filter((id) => options.sections.includes(id));
  const children: Paragraph[] = [
    new Paragraph({ text: plan.info.title || 'Boligsosial handlingsplan', heading: 'Title' }),
    new Paragraph({ text: `Dato: ${options.date}` }),
  ];
  for (const id of chosen) {
    children.push(new Paragraph({ text: wordSectionLabels[id], heading: HeadingLevel.HEADING_1 }));
    if (id === 'satsningsomrader') {
      for (const m of sortedMeasures(plan)) {
        children.push(
          new Paragraph({
            children: [new TextRun({ text: `${m.code} `, bold: true }), new TextRun(m.title)],
          }),
          new Paragraph({ text: m.description }),
        );
      }
    }
    if (id === 'organisering' && assets.orgChart) {
      const { width, height, png, svg } = assets.orgChart;
      const scale = Math.min(1, PAGE_WIDTH_PX / width);
      children.push(
        new Paragraph({
          children: [
            new ImageRun({
              type: 'svg',
              data: new TextEncoder().encode(svg),
              fallback: { type: 'png', data: png },
              transformation: {
                width: Math.round(width * scale),
                height: Math.round(height * scale),
              },
              altText: { name: 'Organisasjonskart', description: 'Organisasjonskart', title: '' },
            }),
          ],
        }),
      );
    }
  }
  return new Document({
    title: plan.info.title,
    creator: 'Planverksted',
    sections: [{ children }],
  });
}
