import { describe, expect, it, vi } from 'vitest';
import { buildPlanXlsx } from '#shared/export/excel/build-plan-xlsx';
import { buildPlanDocx } from '#shared/export/word/build-plan-docx';
import { wordPresets } from '#shared/export/word/word-export-options';
import type { PlanApi } from '#shared/ipc/contract';
import type { Plan } from '#shared/model/plan';
import { base64ToBytes, bytesToBase64 } from '#shared/format/base64';
import {
  exportExcel,
  exportWord,
  wordExportSteps,
  type ExportTools,
} from '../../../../../renderer/src/pages/export/export-run';
import type {
  ExportListener,
  ExportPlace,
  ExportStep,
} from '../../../../../renderer/src/components/export/save-export';
import { readExportedDocx, TINY_PNG } from '../../../../support/exported-docx';
import { samplePlan } from '../../../../support/plan-fixtures';
import { readXlsx } from '../../../../support/xlsx-reader';

const full = { sections: [...wordPresets.full.sections], date: '2027-03-01' };
const short = { sections: [...wordPresets.kortversjon.sections], date: '2027-03-01' };

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** A frozen plan (any write to it throws) and an untouched copy to compare with afterwards. */
function frozenPlan(): { plan: Plan; before: Plan } {
  const plan = samplePlan();
  return { before: structuredClone(plan), plan: deepFreeze(plan) };
}

type SaveReply = Awaited<ReturnType<PlanApi['exportFile']>>;
type PlaceReply = Awaited<ReturnType<PlanApi['chooseExportLocation']>>;

const chosenPlace: PlaceReply = {
  ok: true,
  destination: 'sted-1',
  path: '/ut/Plan.docx',
  fileName: 'Plan.docx',
};

/** Each step and place the export reports, and what happened in which order. */
function listen(log: string[] = []) {
  const steps: ExportStep[] = [];
  const places: ExportPlace[] = [];
  const listener: ExportListener = {
    step: (step) => {
      steps.push(step);
      log.push(`steg ${step}`);
    },
    placed: (place) => {
      places.push(place);
      log.push(`sted ${place.fileName}`);
    },
  };
  return { listener, steps, places };
}
const quiet = (): ExportListener => listen().listener;

function ports(
  reply: SaveReply | Error = { ok: true, path: '/ut/Plan.docx', fileName: 'Plan.docx' },
  place: PlaceReply = chosenPlace,
) {
  const saved: Parameters<PlanApi['exportFile']>[0][] = [];
  const drawn: string[] = [];
  const asked: Parameters<PlanApi['chooseExportLocation']>[0][] = [];
  const p: ExportTools = {
    chooseExportLocation: vi.fn(async (request) => {
      asked.push(request);
      return place;
    }),
    drawChart: vi.fn(async (source: string) => {
      drawn.push(source);
      return {
        svg: '<svg xmlns="http://www.w3.org/2000/svg"/>',
        png: TINY_PNG,
        width: 300,
        height: 100,
      };
    }),
    buildDocx: buildPlanDocx,
    buildXlsx: buildPlanXlsx,
    exportFile: vi.fn(async (request) => {
      saved.push(request);
      if (reply instanceof Error) throw reply;
      return reply;
    }),
  };
  return { ports: p, saved, drawn, asked };
}

describe('exporting from the Eksport page', () => {
  it('draws the chart, builds the document and hands it over to be saved, step by step', async () => {
    const { plan, before } = frozenPlan();
    const { ports: p, saved, drawn, asked } = ports();
    const { listener, steps, places } = listen();
    const outcome = await exportWord(plan, full, 'Plan', p, listener);

    expect(outcome).toEqual({ ok: true, path: '/ut/Plan.docx', fileName: 'Plan.docx', notes: [] });
    expect(steps).toEqual(['place', 'chart', 'document', 'save']);
    expect(asked).toEqual([{ kind: 'docx', suggestedName: 'Plan' }]);
    expect(places).toEqual([{ path: '/ut/Plan.docx', fileName: 'Plan.docx' }]);
    expect(wordExportSteps(plan, full)).toEqual(steps);
    // The goal structure, the two budget charts, and the organisation chart last.
    expect(drawn).toHaveLength(4);
    expect(drawn[0]).toContain('flowchart TB');
    expect(drawn[1]).toContain('xychart-beta');
    expect(drawn[2]).toContain('xychart-beta');
    expect(drawn[3]).toContain('Bydelsutvalget');
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      kind: 'docx',
      suggestedName: 'Plan',
      encoding: 'base64',
      destination: 'sted-1',
    });
    const docx = readExportedDocx(base64ToBytes(saved[0]!.data));
    expect(docx.text).toContain(plan.info.title);
    expect([...docx.media.values()]).toContainEqual(TINY_PNG);
    expect(plan).toEqual(before);
  });

  it('skips drawing when the chosen sections have no chart', async () => {
    const { plan } = frozenPlan();
    const { ports: p, drawn } = ports();
    const { listener, steps } = listen();
    const noCharts = {
      ...short,
      sections: short.sections.filter((s) => s !== 'mal' && s !== 'budsjett'),
    };
    await exportWord(plan, noCharts, 'Plan – kortversjon', p, listener);
    expect(steps).toEqual(['place', 'document', 'save']);
    expect(wordExportSteps(plan, noCharts)).toEqual(steps);
    expect(drawn).toEqual([]);
  });

  it('saves the document without the chart when it cannot be drawn, and says so', async () => {
    const { plan, before } = frozenPlan();
    const { ports: p, saved } = ports();
    p.drawChart = async () => {
      throw new Error('Parse error on line 3');
    };
    const outcome = await exportWord(plan, full, 'Plan', p, quiet());
    expect(outcome).toMatchObject({
      ok: true,
      notes: [
        'Målstrukturen, diagrammet over kostnad per satsningsområde, diagrammet over finansiering per kilde og organisasjonskartet er ikke med fordi de ikke kunne tegnes: Parse error on line 3',
      ],
    });
    expect(readExportedDocx(base64ToBytes(saved[0]!.data)).media.size).toBe(0);
    expect(plan).toEqual(before);
  });

  it('says why in bokmål when the document cannot be made, and saves nothing', async () => {
    const { plan, before } = frozenPlan();
    const { ports: p, saved } = ports();
    p.buildDocx = async () => {
      throw new Error('Tabellen er for bred');
    };
    expect(await exportWord(plan, full, 'Plan', p, quiet())).toEqual({
      ok: false,
      canceled: false,
      message: 'Word-dokumentet kunne ikke lages: Tabellen er for bred. Planen er ikke endret.',
    });
    expect(saved).toEqual([]);
    expect(plan).toEqual(before);
  });

  it('passes on what the main process says when the file cannot be written', async () => {
    const { plan, before } = frozenPlan();
    const message =
      'Filen kunne ikke lagres. Er den åpen i et annet program? Planen er ikke endret.';
    const refused = ports({ ok: false, canceled: false, message });
    expect(await exportWord(plan, full, 'Plan', refused.ports, quiet())).toEqual({
      ok: false,
      canceled: false,
      message,
    });
    const lost = ports(new Error('Tjenesten svarte 500'));
    expect(await exportExcel(plan, 'Plan', lost.ports, quiet())).toEqual({
      ok: false,
      canceled: false,
      message: 'Filen kunne ikke lagres: Tjenesten svarte 500. Planen er ikke endret.',
    });
    expect(plan).toEqual(before);
  });

  it('asks where before it builds anything, and builds nothing when the dialog is cancelled', async () => {
    const { plan } = frozenPlan();
    const log: string[] = [];
    const chosen = ports();
    const build = chosen.ports.buildDocx;
    chosen.ports.buildDocx = async (...args) => {
      log.push('bygger');
      return build(...args);
    };
    await exportWord(plan, short, 'Plan', chosen.ports, listen(log).listener);
    expect(log).toEqual(['steg place', 'sted Plan.docx', 'steg document', 'bygger', 'steg save']);

    const cancelled = ports(undefined, { ok: false, canceled: true });
    cancelled.ports.buildDocx = vi.fn();
    const { listener, steps } = listen();
    expect(await exportWord(plan, short, 'Plan', cancelled.ports, listener)).toEqual({
      ok: false,
      canceled: true,
    });
    expect(steps).toEqual(['place']);
    expect(cancelled.ports.buildDocx).not.toHaveBeenCalled();
    expect(cancelled.saved).toEqual([]);
  });

  it('says so in bokmål when the place cannot be asked for', async () => {
    const { plan } = frozenPlan();
    const { ports: p, saved } = ports();
    p.chooseExportLocation = async () => {
      throw new Error('Tjenesten svarte ikke');
    };
    expect(await exportExcel(plan, 'Plan', p, quiet())).toEqual({
      ok: false,
      canceled: false,
      message: 'Filen kunne ikke lagres: Tjenesten svarte ikke. Planen er ikke endret.',
    });
    expect(saved).toEqual([]);
  });

  it('exports the Excel workbook through the same channel', async () => {
    const { plan, before } = frozenPlan();
    const { ports: p, saved } = ports({ ok: true, path: '/ut/Plan.xlsx', fileName: 'Plan.xlsx' });
    const { listener, steps } = listen();
    const outcome = await exportExcel(plan, 'Plan – aktivitetsplan og budsjett', p, listener);
    expect(outcome).toMatchObject({ ok: true, fileName: 'Plan.xlsx' });
    expect(steps).toEqual(['place', 'workbook', 'save']);
    expect(saved[0]).toMatchObject({ kind: 'xlsx', encoding: 'base64' });
    const sheets = readXlsx(base64ToBytes(saved[0]!.data));
    expect(sheets[0]!.cells.get('C2')?.value).toBe('Boligtorg');
    expect(plan).toEqual(before);
  });

  it('turns bytes into base64 and back, also for files larger than one slice', () => {
    const bytes = Uint8Array.from({ length: 100_003 }, (_, i) => (i * 7919) % 256);
    const base64 = bytesToBase64(bytes);
    expect(base64).toBe(Buffer.from(bytes).toString('base64'));
    expect(Buffer.from(base64ToBytes(base64)).equals(Buffer.from(bytes))).toBe(true);
  });
});
