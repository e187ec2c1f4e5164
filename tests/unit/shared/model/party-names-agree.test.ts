import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrgChartSource, describeOrganisation } from '#shared/charts/org-chart-source';
import { mermaidNodeId } from '#shared/charts/mermaid-text';
import { buildPlanXlsx } from '#shared/export/excel/build-plan-xlsx';
import { buildPlanDocx } from '#shared/export/word/build-plan-docx';
import { bodyTypes } from '#shared/model/organisation';
import { partyName } from '#shared/model/party-name';
import { EMPTY_MARK } from '#shared/export/word/word-text';
import type { Plan } from '#shared/model/plan';
import type { PartyRef } from '#shared/model/primitives';
import { addPerson } from '#shared/plan/info-operations';
import { addMeasure } from '#shared/plan/measure-operations';
import { addBody } from '#shared/plan/organisation-operations';
import { addPartner } from '#shared/plan/people-operations';
import { buildSlides } from '#shared/plan/presentation-slides';
import { addTargetGroup } from '#shared/plan/target-group-operations';
import { partyChoices, partyKey } from '../../../../renderer/src/components/owner/party-labels';
import {
  ownerOptions,
  targetGroupOptions,
} from '../../../../renderer/src/pages/workshop/owner-options';
import { bodyBlocks, cellsOf, readDocx, rowsOf, tableAfter } from '../../../support/docx-reader';
import { samplePlan } from '../../../support/plan-fixtures';
import { lastRow, readXlsx, rowValues } from '../../../support/xlsx-reader';

interface Case {
  /** The measure code, which finds the row in every table. */
  code: string;
  owner: PartyRef | null;
  /** The name everyone must agree on (the job title included). */
  expected: string;
}

/** One measure per kind of party, named and nameless, plus one without an owner. */
function everyKindOfParty(): { plan: Plan; cases: Case[] } {
  let plan = samplePlan();
  plan = addTargetGroup(plan, { name: '' }, 'tg-blank');
  const cases: Case[] = [];
  const add = (owner: PartyRef | null, expected: string) => {
    const code = `2${String.fromCharCode(65 + cases.length)}`;
    const partnerIds = owner?.kind === 'partner' ? [owner.id] : [];
    const targetGroupIds = owner ? [] : ['tg-blank'];
    plan = addMeasure(
      plan,
      'fa-2',
      { code, title: `Tiltak ${code}`, owner, partnerIds, targetGroupIds },
      `m-${code}`,
    );
    cases.push({ code, owner, expected });
  };

  const people: [string, string, string][] = [
    ['Kari Nordvik', 'Rådgiver', 'Kari Nordvik, Rådgiver'],
    ['Ola Berg', '', 'Ola Berg'],
    ['', 'Boligkonsulent', 'Boligkonsulent'],
    ['', '', 'Person uten navn'],
  ];
  people.forEach(([name, title, expected], i) => {
    plan = addPerson(plan, { name, title }, `p-${i}`).plan;
    add({ kind: 'person', id: `p-${i}` }, expected);
  });

  plan = addBody(plan, { type: 'styringsgruppe', name: 'Styringsgruppen for Boligløftet' }, 'b-x');
  add({ kind: 'body', id: 'b-x' }, 'Styringsgruppen for Boligløftet');
  // A body without a name goes by its kind, for every kind.
  const kindLabels: Record<(typeof bodyTypes)[number], string> = {
    'politisk-organ': 'Politisk organ',
    programansvarlig: 'Programansvarlig / prosjekteier',
    styringsgruppe: 'Styringsgruppe',
    'koordinerende-enhet': 'Koordinerende enhet',
    programledelse: 'Programledelse',
    referansegruppe: 'Referansegruppe',
    arbeidsgruppe: 'Arbeidsgruppe / arbeidsutvalg',
    delprosjekt: 'Delprosjekt',
    'ekstern-partner': 'Ekstern partner',
  };
  for (const type of bodyTypes) {
    plan = addBody(plan, { type, name: '' }, `b-${type}`);
    add({ kind: 'body', id: `b-${type}` }, kindLabels[type]);
  }

  plan = addPartner(plan, { name: 'Husbanken Øst' }, 'pa-x').plan;
  add({ kind: 'partner', id: 'pa-x' }, 'Husbanken Øst');
  plan = addPartner(plan, { name: '' }, 'pa-blank').plan;
  add({ kind: 'partner', id: 'pa-blank' }, 'Samarbeidspartner uten navn');

  add(null, '');
  return { plan, cases };
}

const { plan, cases } = everyKindOfParty();
const named = cases.filter((c) => c.owner !== null);
const byCode = <T>(rows: [unknown, T][]) => new Map(rows.map(([code, v]) => [String(code), v]));

describe('the name of a responsible party', () => {
  let word: Map<string, string[]>;
  let excel: Map<string, (string | number | undefined)[]>;
  let excelHeader: (string | number | undefined)[];
  let wordHeader: string[];

  beforeAll(async () => {
    const docx = readDocx(
      await buildPlanDocx(
        plan,
        { sections: ['satsningsomrader'], date: '2026-03-01' },
        { orgChart: null },
      ),
    );
    const table = tableAfter(
      bodyBlocks(docx.part('word/document.xml')),
      'Tiltak i satsningsområde 2',
    );
    wordHeader = cellsOf(rowsOf(table.xml)[0]!);
    word = byCode(
      rowsOf(table.xml)
        .map(cellsOf)
        .map((cells) => [cells[0], cells]),
    );

    const activities = readXlsx(await buildPlanXlsx(plan))[0]!;
    excelHeader = rowValues(activities, 1);
    const code = excelHeader.indexOf('Kode');
    excel = byCode(
      Array.from({ length: lastRow(activities) - 1 }, (_, i) => rowValues(activities, i + 2)).map(
        (row) => [row[code], row],
      ),
    );
  });

  const wordOwner = (code: string) => word.get(code)![wordHeader.indexOf('Ansvarlig')];
  const wordPartners = (code: string) => word.get(code)![wordHeader.indexOf('Samarbeidspartnere')];
  const excelCell = (code: string, title: string) =>
    excel.get(code)![excelHeader.indexOf(title)] ?? '';

  it.each(named)('is the same in Word, Excel, the slides and on screen: $expected', (c) => {
    const choices = partyChoices(plan.people, plan.organisation, plan.partners);
    const optionLabel = [...choices.people, ...choices.bodies, ...choices.partners].find(
      (o) => o.key === partyKey(c.owner),
    )?.label;
    const slideDetail = buildSlides(plan)
      .flatMap((s) => s.items)
      .find((item) => item.code === c.code)?.detail;

    expect(partyName(plan, c.owner)).toBe(c.expected);
    expect(wordOwner(c.code)).toBe(c.expected);
    expect(excelCell(c.code, 'Ansvarlig')).toBe(c.expected);
    expect(slideDetail).toBe(c.expected);
    expect(optionLabel).toBe(c.expected);
    if (c.owner!.kind === 'partner') {
      expect(wordPartners(c.code)).toBe(c.expected);
      expect(excelCell(c.code, 'Samarbeidspartnere')).toBe(c.expected);
    }
  });

  it.each(named)('has one short form on screen, the name without the job title: $expected', (c) => {
    const short = partyName(plan, c.owner, 'short');
    const tableLabel = partyChoices(plan.people, plan.organisation, plan.partners).labels.get(
      partyKey(c.owner),
    );
    const workshopLabel = ownerOptions(plan).find(
      (o) => o.value.kind === c.owner!.kind && o.value.id === c.owner!.id,
    )?.label;

    expect(tableLabel).toBe(short);
    expect(workshopLabel).toBe(short);
    if (c.owner!.kind === 'person') expect(c.expected.startsWith(short)).toBe(true);
    else expect(short).toBe(c.expected);
  });

  it('marks the Word cell with a dash when no one is responsible, and leaves Excel blank', () => {
    const none = cases.find((c) => c.owner === null)!;
    expect(wordOwner(none.code)).toBe(EMPTY_MARK);
    expect(excelCell(none.code, 'Ansvarlig')).toBe('');
    expect(partyName(plan, null)).toBe('');
  });

  it.each(named.filter((c) => c.owner!.kind === 'body'))(
    'names a body the same in the organisation chart and its description: $expected',
    (c) => {
      const chart = buildOrgChartSource(plan);
      if (!chart.ok) throw new Error(chart.message);
      const id = mermaidNodeId('b', c.owner!.id);
      const node = chart.source.split('\n').find((line) => line.trim().startsWith(`${id}[`));
      expect(node, `a node for ${c.owner!.id}`).toBeDefined();
      // The title is the label's first lines (wrapped to the box), before members and duties.
      const label = node!.slice(node!.indexOf('["') + 2, node!.lastIndexOf('"]'));
      const title = label.split('<br>').slice(0, chart.hints.titleLines[id]).join(' ');
      expect(title).toBe(c.expected);
      expect(describeOrganisation(plan)).toContain(`${c.expected} (`);
    },
  );

  it('gives a target group without a name one name in Excel and on screen', () => {
    const none = cases.find((c) => c.owner === null)!;
    const option = targetGroupOptions(plan).find((o) => o.value === 'tg-blank')?.label;
    expect(excelCell(none.code, 'Målgrupper')).toBe('Målgruppe uten navn');
    expect(option).toBe('Målgruppe uten navn');
  });
});
