import { describe, expect, it } from 'vitest';
import { buildChangesDocx } from '#shared/export/word/changes/build-changes-docx';
import type { PlanApi } from '#shared/ipc/contract';
import { base64ToBytes } from '#shared/format/base64';
import { comparePlans } from '#shared/plan/compare/compare-plans';
import {
  changesExportSteps,
  exportChanges,
  type ChangesExportTools,
} from '../../../../../renderer/src/pages/versions/changes-export-run';
import { revisedPlan } from '../../../../support/compare-change-set';
import { comparePlan } from '../../../../support/compare-fixtures';
import { readExportedDocx } from '../../../../support/exported-docx';

type SaveRequest = Parameters<PlanApi['exportFile']>[0];

function tools(overrides: Partial<ChangesExportTools> = {}) {
  const saved: SaveRequest[] = [];
  const t: ChangesExportTools = {
    buildChangesDocx,
    chooseExportLocation: async ({ kind, suggestedName }) => ({
      ok: true,
      destination: `sted-${kind}`,
      path: `/ut/${suggestedName}.${kind}`,
      fileName: `${suggestedName}.${kind}`,
    }),
    exportFile: async (request: SaveRequest) => {
      saved.push(request);
      return { ok: true as const, path: `/ut/${request.suggestedName}.docx`, fileName: 'x.docx' };
    },
    ...overrides,
  };
  return { t, saved };
}

describe('«Endringer siden vedtak» from the Versjoner page', () => {
  const adopted = comparePlan();
  const now = revisedPlan(adopted);
  const input = {
    plan: now,
    comparison: comparePlans(adopted, now),
    fromLabel: 'Versjon 1.0, vedtatt 12. mars 2027 av bystyret (sak 2027/123)',
    toLabel: 'Utkast til versjon 1.1, 5. desember 2026',
    today: '2026-12-05',
  };

  it('asks where, builds the document, then saves it there, step by step', async () => {
    const { t, saved } = tools();
    const steps: string[] = [];
    const outcome = await exportChanges(input, 'Endringer siden vedtak – Bydel Test', t, {
      step: (s) => steps.push(s),
      placed: (p) => steps.push(p.fileName),
    });
    expect(outcome.ok).toBe(true);
    expect(steps).toEqual([
      'place',
      'Endringer siden vedtak – Bydel Test.docx',
      'document',
      'save',
    ]);
    expect(changesExportSteps).toEqual(['place', 'document', 'save']);
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ kind: 'docx', destination: 'sted-docx' });
    const docx = readExportedDocx(base64ToBytes(saved[0]!.data));
    expect(docx.text).toContain('Endringer siden vedtak');
    expect(docx.text).toContain(input.fromLabel);
    expect(docx.text).toContain(input.toLabel);
  });

  it('says in bokmål why the document could not be made, and saves nothing', async () => {
    const { t, saved } = tools({
      buildChangesDocx: async () => {
        throw new Error('Minnet er fullt');
      },
    });
    const outcome = await exportChanges(input, 'Endringer', t, {
      step: () => {},
      placed: () => {},
    });
    expect(outcome).toEqual({
      ok: false,
      canceled: false,
      message: 'Word-dokumentet kunne ikke lages: Minnet er fullt. Planen er ikke endret.',
    });
    expect(saved).toHaveLength(0);
  });

  it('builds nothing when the save dialog is closed', async () => {
    let built = false;
    const { t } = tools({
      chooseExportLocation: async () => ({ ok: false, canceled: true }),
      buildChangesDocx: async () => {
        built = true;
        return new Uint8Array();
      },
    });
    const outcome = await exportChanges(input, 'Endringer', t, {
      step: () => {},
      placed: () => {},
    });
    expect(outcome).toEqual({ ok: false, canceled: true });
    expect(built).toBe(false);
  });
});
