import { deflateSync } from 'node:zlib';
import type { Measure } from '#shared/model/measures';
import type { Plan } from '#shared/model/plan';
import { instantiateTemplate } from '#shared/plan/create-plan';
import { newMeasure } from '#shared/plan/measure-operations';
import { buildPlanDocx } from '#shared/export/word/build-plan-docx';
import type { ChartImage, WordSectionId } from '#shared/export/word/word-export-options';
import { bodyBlocks, readDocx, textOf } from './docx-reader';
import { readShippedTemplate } from './shipped-templates';

// The Oslo district template made into a plan with measures, costs and financing, as a working
// group would have it a few months in. Invented names; some gaps on purpose (a focus area
// without measures, a measure without owner or dates) so the document's honest sentences show.

type MeasureSeed = Pick<Measure, 'code' | 'title' | 'description' | 'expectedResult'> &
  Partial<Measure> & { costs?: [number, number][] };

const seeds: Record<string, MeasureSeed[]> = {
  'fa-1': [
    {
      code: '1A',
      title: 'Boligtorg for vanskeligstilte',
      description: 'Ett sted å henvende seg med alle boligspørsmål, med faste åpningstider.',
      expectedResult: 'Flere får hjelp til å finne og beholde en egnet bolig.',
      owner: { kind: 'person', id: 'p-6' },
      partnerIds: ['partner-nav', 'partner-husbanken'],
      targetGroupIds: ['tg-unge', 'tg-lavinntekt', 'tg-flyktninger'],
      strategyIds: ['str-prioriteringer'],
      startDate: '2027-01-01',
      endDate: '2030-12-31',
      status: 'v',
      progress: 25,
      costs: [
        [2027, 300_000],
        [2028, 300_000],
        [2029, 250_000],
      ],
    },
    {
      code: '1B',
      title: 'Kartlegging av egnede kommunale boliger',
      description:
        'Gjennomgang av boligmassen med Boligbygg: størrelse, tilgjengelighet og bomiljø.',
      expectedResult: 'Oversikt over hvilke boliger som passer for hvilke grupper.',
      owner: { kind: 'partner', id: 'partner-boligbygg' },
      partnerIds: ['partner-boligbygg'],
      targetGroupIds: ['tg-funksjonsevne', 'tg-eldre'],
      startDate: '2027-03-01',
      endDate: '2027-12-31',
      status: 'n',
      costs: [[2027, 150_000]],
      budget: {
        costs: [],
        financing: {
          mode: 'percent',
          split: [
            { sourceId: 'src-husbanken', percent: 50 },
            { sourceId: 'src-kommunal', percent: 50 },
          ],
        },
      },
    },
    {
      code: '1C',
      title: 'Felles boligsosial ressursbank med nabobydelene',
      description: 'Felles oversikt over ledige tilrettelagte boliger på tvers av bydelene.',
      expectedResult: 'Kortere ventetid på tilrettelagt bolig.',
      owner: { kind: 'body', id: 'body-ag-bolig' },
      partnerIds: ['partner-boligbygg', 'partner-nav'],
      targetGroupIds: ['tg-funksjonsevne'],
      startDate: '2028-01-01',
      endDate: '2029-12-31',
      status: 'n',
      sharedProject: {
        responsible: 'Bydel Nordøst',
        participants: 'Bydel Eksempel og Bydel Sørøst',
        ledByOther: false,
      },
      costs: [
        [2028, 120_000],
        [2029, 120_000],
      ],
      budget: {
        costs: [],
        financing: {
          mode: 'amount',
          amounts: [
            { year: 2028, sourceId: 'src-andre', amount: 120_000 },
            { year: 2029, sourceId: 'src-andre', amount: 100_000 },
          ],
        },
      },
    },
    {
      code: '1D',
      title: 'Gjennomgangsboliger for unge',
      description: 'Ti små boliger med tett oppfølging i overgangen til egen bolig.',
      expectedResult: '',
      owner: null,
      targetGroupIds: ['tg-unge'],
      status: 'n',
    },
  ],
  'fa-2': [
    {
      code: '2A',
      title: 'Startlån som vei til eid bolig',
      description: 'Aktiv bruk av startlån og boligtilskudd for barnefamilier som leier.',
      expectedResult: 'Flere barnefamilier eier sin egen bolig.',
      owner: { kind: 'person', id: 'p-9' },
      partnerIds: ['partner-husbanken'],
      targetGroupIds: ['tg-lavinntekt'],
      strategyIds: ['str-eierskap'],
      startDate: '2027-01-01',
      endDate: '2030-12-31',
      status: 'v',
      progress: 70,
      challenges: 'Få utleieboliger i markedet.',
      correctiveAction: 'Egen avtale med to utleiere.',
      costs: [
        [2027, 80_000],
        [2028, 80_000],
        [2029, 80_000],
        [2030, 80_000],
      ],
    },
    {
      code: '2B',
      title: 'Økonomisk rådgivning før utkastelse',
      description: 'NAV og bydelen tilbyr gjeldsrådgivning ved første varsel om husleierestanse.',
      expectedResult: 'Færre begjæringer om utkastelse.',
      owner: { kind: 'partner', id: 'partner-nav' },
      partnerIds: ['partner-nav'],
      targetGroupIds: ['tg-lavinntekt', 'tg-rus-psykisk'],
      startDate: '2027-06-01',
      endDate: '2029-06-30',
      status: 'n',
      costs: [
        [2027, 60_000],
        [2028, 60_000],
      ],
    },
  ],
  'fa-3': [
    {
      code: '3A',
      title: 'Booppfølging i egen bolig',
      description: 'Ambulerende team som følger opp beboere med rus- og psykiske lidelser.',
      expectedResult: 'Flere mestrer boforholdet og beholder boligen.',
      owner: { kind: 'person', id: 'p-7' },
      partnerIds: ['partner-dps', 'partner-nav'],
      targetGroupIds: ['tg-rus-psykisk', 'tg-institusjon'],
      strategyIds: ['str-bomiljo'],
      startDate: '2027-01-01',
      endDate: '2030-12-31',
      status: 'v',
      progress: 75,
      costs: [
        [2027, 400_000],
        [2028, 400_000],
        [2029, 400_000],
        [2030, 400_000],
      ],
    },
    {
      code: '3B',
      title: 'Bolig før løslatelse',
      description: 'Avtale med Kriminalomsorgen om boligplan seks måneder før løslatelse.',
      expectedResult: 'Ingen løslates til hospits.',
      owner: { kind: 'person', id: 'p-4' },
      partnerIds: ['partner-kriminalomsorgen'],
      targetGroupIds: ['tg-institusjon'],
      startDate: '2028-01-01',
      endDate: '2030-12-31',
      status: 'n',
      costs: [[2028, 50_000]],
    },
  ],
  'fa-4': [
    {
      code: '4A',
      title: 'Bomiljøvert i utsatte borettslag',
      description: 'En miljøarbeider som er til stede i borettslagene på kveldstid.',
      expectedResult: 'Tryggere bomiljø og færre klager.',
      owner: { kind: 'person', id: 'p-8' },
      partnerIds: ['partner-borettslag', 'partner-frivillige'],
      targetGroupIds: ['tg-unge', 'tg-flyktninger'],
      strategyIds: ['str-bomiljo'],
      startDate: '2027-08-01',
      endDate: '2030-06-30',
      status: 'g',
      progress: 100,
      costs: [
        [2027, 200_000],
        [2028, 200_000],
      ],
    },
  ],
  // fa-5 has no measures: the document says so instead of showing an empty table.
};

function measureFrom(focusAreaId: string, seed: MeasureSeed, index: number): Measure {
  const { costs = [], budget, ...fields } = seed;
  const base = newMeasure(`m-${focusAreaId}-${index}`, focusAreaId, seed.code);
  return {
    ...base,
    ...fields,
    budget: {
      costs: costs.map(([year, amount]) => ({ year, amount })),
      financing: budget?.financing ?? { mode: 'default' },
    },
  };
}

export function wordExportPlan(): Plan {
  const template = readShippedTemplate('oslo-bydel.json');
  const plan = instantiateTemplate(
    template.plan,
    'Boligsosial handlingsplan for Bydel Eksempel',
    new Date('2026-03-01T10:00:00.000Z'),
  );
  plan.info.district = 'Bydel Eksempel';
  plan.info.caseNumber = '26/00123';
  plan.vision.text = 'Alle i bydelen skal ha et trygt og godt sted å bo.';
  plan.measures = Object.entries(seeds).flatMap(([areaId, list]) =>
    list.map((seed, i) => measureFrom(areaId, seed, i)),
  );
  const intro = plan.chapters.find((c) => c.kind === 'innledning')!;
  intro.content = [
    ...intro.content,
    { type: 'heading', level: 2, content: [{ text: 'Slik er planen bygd opp' }] },
    {
      type: 'list',
      ordered: true,
      items: [
        [{ text: 'Visjon og mål', bold: true }, { text: ' for hele planen' }],
        [{ text: 'Strategier og satsningsområder' }],
        [{ text: 'Budsjett og organisering' }],
      ],
    },
    {
      type: 'list',
      ordered: false,
      items: [[{ text: 'Husbanken' }], [{ text: 'NAV' }]],
    },
    {
      type: 'paragraph',
      content: [
        { text: 'Les mer hos ' },
        { text: 'Husbanken', link: 'https://www.husbanken.no/' },
        { text: '.' },
      ],
    },
  ];
  // The district has confirmed the template's people and figures as its own (format 3 marks
  // them as examples until then, and documents leave examples out). The prompts stay: the
  // document must leave them out.
  for (const person of plan.people) delete person.example;
  for (const result of plan.mainGoals.flatMap((g) => g.subGoals).flatMap((s) => s.resultGoals)) {
    if (result.indicator?.baseline) delete result.indicator.baseline.example;
    if (result.indicator?.target) delete result.indicator.target.example;
  }
  return plan;
}

/** A plain org-chart drawing as mermaid makes it without HTML labels: boxes, lines and text. */
export function testOrgChart(): ChartImage {
  const width = 640;
  const height = 300;
  const box = (x: number, y: number, label: string) =>
    `<g><rect x="${x}" y="${y}" width="180" height="48" rx="4" fill="#e6e0f5" stroke="#44546a"/>` +
    `<text x="${x + 90}" y="${y + 29}" text-anchor="middle" font-family="Arial" font-size="14">${label}</text></g>`;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    '<path d="M320 64 V120 M140 120 H500 M140 120 V180 M320 120 V180 M500 120 V180" stroke="#44546a" fill="none"/>' +
    box(230, 16, 'Bydelsutvalget') +
    box(50, 180, 'Styringsgruppe') +
    box(230, 180, 'Programledelse') +
    box(410, 180, 'Referansegruppe') +
    '</svg>';
  return { svg, png: solidPng(64, 30, [230, 224, 245]), width, height };
}

/** A valid PNG of one colour, made with zlib, for the fallback of the SVG. */
export function solidPng(width: number, height: number, rgb: [number, number, number]): Uint8Array {
  const row = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x++) row.set(rgb, 1 + x * 3);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(raw)),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}

function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * The plan as a Word document of the given sections, without charts, read back: the parts,
 * document.xml, its body blocks and their text.
 */
export async function wordSections(plan: Plan, sections: readonly WordSectionId[]) {
  const bytes = await buildPlanDocx(plan, { sections, date: '2026-03-01' }, { orgChart: null });
  const docx = readDocx(bytes);
  const document = docx.part('word/document.xml');
  const blocks = bodyBlocks(document);
  return { docx, document, blocks, text: blocks.map((b) => textOf(b.xml)).join('\n') };
}
