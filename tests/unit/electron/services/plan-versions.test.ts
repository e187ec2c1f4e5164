import { readFile, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { dispatchApiCall } from '../../../../electron/services/api-dispatch';
import { serializePlan } from '../../../../electron/services/plan-file-store';
import type { PlanApi, ReplacedDraftResult } from '#shared/ipc/contract';
import type { Plan } from '#shared/model/plan';
import type { AdoptionDecision } from '#shared/model/plan-history';
import { samplePlan } from '../../../support/plan-fixtures';
import { opened, useServiceSetup } from '../../../support/plan-service-setup';

const setup = useServiceSetup();

const decision = (number: string, adoptedDate = '2027-03-12'): AdoptionDecision => ({
  number,
  adoptedDate,
  adoptedBy: 'Bystyret',
  caseNumber: '2027/123',
});

/** Adopts through the contract and gives the written draft and version (or fails the test). */
async function adopted(
  api: PlanApi,
  path: string,
  plan: Plan,
  baseRevision: string,
  choice: AdoptionDecision,
) {
  return replaced(await call(api, 'adoptPlan', { path, plan, baseRevision, decision: choice }));
}

function replaced(result: ReplacedDraftResult) {
  if (!result.ok) throw new Error(`expected a written draft, got ${JSON.stringify(result)}`);
  return result;
}

/** A plan of our own, opened through the service like a file chosen in the dialog. */
async function openedPlan(plan: Plan = samplePlan()) {
  const { api, dialogs, root, options } = await setup();
  const path = `${root}/Plan.bsplan`;
  await writeFile(path, serializePlan(plan));
  dialogs.open.push(path);
  const first = opened(await api.openPlanDialog({}));
  return { api, dialogs, root, options, path, first };
}

const call = <M extends keyof PlanApi>(api: PlanApi, method: M, request: unknown) =>
  dispatchApiCall(api, method, request) as ReturnType<PlanApi[M]>;

async function historyOf(api: PlanApi, path: string) {
  const result = await call(api, 'getPlanHistory', { path });
  if (!result.ok) throw new Error(result.message);
  return result.history;
}

describe('adopted versions in the plan file', () => {
  it('reads a file from before versions as a plan without history, and writes it as before', async () => {
    const { api, path, first } = await openedPlan();
    expect(await historyOf(api, path)).toEqual({ versions: [], changeLog: [], draftNumber: null });
    const saved = await call(api, 'savePlan', {
      path,
      plan: first.plan,
      baseRevision: first.revision,
    });
    expect(saved.ok).toBe(true);
    expect(await readFile(path, 'utf8')).toBe(serializePlan(first.plan));
  });

  it('adopts: the decision is in «Om planen», the version is in the file, and both survive a reopen', async () => {
    const { api, path, first, dialogs } = await openedPlan();
    await call(api, 'updateAppSettings', { userName: 'Kari Nordmann' });
    const result = await adopted(api, path, first.plan, first.revision, decision('1.0'));
    expect(result.plan.info).toMatchObject({
      status: 'vedtatt',
      adoptedDate: '2027-03-12',
      adoptedBy: 'Bystyret',
      caseNumber: '2027/123',
      version: '1.0',
    });
    expect(result.version).toMatchObject({
      kind: 'adopted',
      number: '1.0',
      recordedBy: 'Kari Nordmann',
    });

    dialogs.open.push(path);
    const reopened = opened(await api.openPlanDialog({}));
    expect(reopened.plan).toEqual(result.plan);
    expect(reopened.revision).toBe(result.revision);
    const history = await historyOf(api, path);
    expect(history.versions).toEqual([result.version]);
    expect(history.draftNumber).toBe('1.1');
    expect(history.changeLog.at(-1)).toMatchObject({
      who: 'Kari Nordmann',
      part: 'info',
      text: 'Versjon 1.0, vedtatt 12. mars 2027 av bystyret (sak 2027/123).',
    });
    const version = await call(api, 'getVersionPlan', { path, versionId: result.version.id });
    expect(version).toEqual({ ok: true, plan: result.plan });
  });

  it('keeps every adopted version readable exactly as adopted, after later edits and adoptions', async () => {
    const { api, path, first } = await openedPlan();
    const one = await adopted(api, path, first.plan, first.revision, decision('1.0'));
    const edited = structuredClone(one.plan);
    edited.vision.text = 'En ny visjon etter vedtaket.';
    edited.measures = edited.measures.slice(1);
    const saved = await call(api, 'savePlan', { path, plan: edited, baseRevision: one.revision });
    if (!saved.ok) throw new Error(saved.message);
    const two = await adopted(api, path, edited, saved.revision, decision('2.0', '2028-01-20'));
    expect(await call(api, 'getVersionPlan', { path, versionId: one.version.id })).toEqual({
      ok: true,
      plan: one.plan,
    });
    expect(await call(api, 'getVersionPlan', { path, versionId: two.version.id })).toEqual({
      ok: true,
      plan: two.plan,
    });
    // The same number twice is refused, and nothing is written.
    const before = await readFile(path);
    const again = await call(api, 'adoptPlan', {
      path,
      plan: two.plan,
      baseRevision: two.revision,
      decision: decision('2.0'),
    });
    expect(again).toMatchObject({ ok: false, reason: 'invalid' });
    expect(!again.ok && again.message).toBe(
      'Planen har allerede en versjon 2.0. Velg et annet versjonsnummer.',
    );
    expect((await readFile(path)).equals(before)).toBe(true);
  });

  it('restores an old version as a new draft and keeps the draft it replaced', async () => {
    const { api, path, first, dialogs } = await openedPlan();
    const one = await adopted(api, path, first.plan, first.revision, decision('1.0'));
    const edited = structuredClone(one.plan);
    edited.vision.text = 'Utkastet som blir lagt til side.';
    const saved = await call(api, 'savePlan', { path, plan: edited, baseRevision: one.revision });
    if (!saved.ok) throw new Error(saved.message);

    const restored = replaced(
      await call(api, 'restoreVersion', {
        path,
        plan: edited,
        baseRevision: saved.revision,
        versionId: one.version.id,
      }),
    );
    expect(restored.plan.vision.text).toBe(one.plan.vision.text);
    expect(restored.plan.id).toBe(edited.id);
    expect(restored.plan.info.status).toBe('vedtatt');

    dialogs.open.push(path);
    const reopened = opened(await api.openPlanDialog({}));
    expect(reopened.plan).toEqual(restored.plan);
    const history = await historyOf(api, path);
    expect(history.versions.map((v) => [v.kind, v.number])).toEqual([
      ['adopted', '1.0'],
      ['set-aside', '1.1'],
    ]);
    const setAside = history.versions[1]!;
    expect(setAside.note).toBe(
      'Lagt til side da versjon 1.0, vedtatt 12. mars 2027 av bystyret (sak 2027/123) ble hentet fram igjen.',
    );
    expect(await call(api, 'getVersionPlan', { path, versionId: setAside.id })).toEqual({
      ok: true,
      plan: edited,
    });
    expect(history.changeLog.map((e) => e.text)).toContain(
      'Versjon 1.0, vedtatt 12. mars 2027 av bystyret (sak 2027/123) er hentet fram som nytt utkast; utkastet som var, er tatt vare på som utkast 1.1.',
    );
  });

  it('does not set a draft aside that is exactly the newest version', async () => {
    const { api, path, first } = await openedPlan();
    const one = await adopted(api, path, first.plan, first.revision, decision('1.0'));
    await call(api, 'restoreVersion', {
      path,
      plan: one.plan,
      baseRevision: one.revision,
      versionId: one.version.id,
    });
    expect((await historyOf(api, path)).versions.map((v) => v.kind)).toEqual(['adopted']);
  });

  it('refuses to adopt over someone else’s change, and keeps the file and its history', async () => {
    const { api, path, first } = await openedPlan();
    const theirs = serializePlan({
      ...first.plan,
      vision: { text: 'Deres visjon', rationale: '' },
    });
    await writeFile(path, theirs);
    const result = await call(api, 'adoptPlan', {
      path,
      plan: first.plan,
      baseRevision: first.revision,
      decision: decision('1.0'),
    });
    expect(result).toMatchObject({ ok: false, reason: 'conflict' });
    expect(await readFile(path, 'utf8')).toBe(theirs);
    expect((await historyOf(api, path)).versions).toEqual([]);
  });

  it('explains a file whose history is damaged, and never overwrites it', async () => {
    const { api, root, dialogs } = await setup();
    const path = `${root}/Skadet.bsplan`;
    const text = serializePlan(samplePlan()).replace(
      /\n}\n$/,
      ',\n  "versions": [{ "id": "x" }]\n}\n',
    );
    await writeFile(path, text);
    dialogs.open.push(path);
    const result = await api.openPlanDialog({});
    expect(result.ok).toBe(false);
    expect(!result.ok && 'error' in result && result.error.message).toBe(
      'Versjonene eller endringsloggen i filen er skadet, så planen kan ikke åpnes før det er rettet.',
    );
    expect(await readFile(path, 'utf8')).toBe(text);
  });

  it('logs each saved change in words, under the name set in the app, typing in one field as one entry', async () => {
    const { api, path, first } = await openedPlan();
    await call(api, 'updateAppSettings', { userName: 'Kari Nordmann' });
    let revision = first.revision;
    let plan = first.plan;
    const save = async (next: Plan) => {
      const result = await call(api, 'savePlan', { path, plan: next, baseRevision: revision });
      if (!result.ok) throw new Error(result.message);
      revision = result.revision;
      plan = next;
    };
    // Autosave while typing: three saves of one field.
    for (const title of ['Bolig', 'Boligtor', 'Boligtorget']) {
      const next = structuredClone(plan);
      next.measures[0]!.title = title;
      await save(next);
    }
    const next = structuredClone(plan);
    next.measures[0]!.owner = { kind: 'partner', id: next.partners[0]!.id };
    next.measures[0]!.budget.costs[0]!.amount = 300_000;
    await save(next);
    const log = (await historyOf(api, path)).changeLog;
    // Amounts keep their digits together with no-break spaces, as everywhere in the app.
    expect(log.map((e) => [e.who, e.part, e.text.replaceAll('\u00a0', ' ')])).toEqual([
      ['Kari Nordmann', 'measures', 'Tiltak 1A: tittel endret fra Boligtorg til Boligtorget'],
      ['Kari Nordmann', 'measures', 'Tiltak 1A: ansvarlig endret fra Lise Fjellvang til NAV'],
      [
        'Kari Nordmann',
        'budget',
        'Budsjett 2027: kostnad for 1A endret fra 250 000 kr til 300 000 kr',
      ],
    ]);
  });

  it('stores a version’s content as gzip, the log as one plain line per entry, and explains damaged content', async () => {
    const { api, path, first, dialogs } = await openedPlan();
    const one = await adopted(api, path, first.plan, first.revision, decision('1.0'));
    const text = await readFile(path, 'utf8');
    const stored = JSON.parse(text) as {
      versions: { snapshot: { gzip: string } }[];
      changeLog: unknown[];
    };
    expect(Object.keys(stored.versions[0]!.snapshot)).toEqual(['gzip']);
    expect(
      JSON.parse(gunzipSync(Buffer.from(stored.versions[0]!.snapshot.gzip, 'base64')).toString()),
    ).toEqual(one.plan);
    expect(text).toContain(`\n    ${JSON.stringify(stored.changeLog[0])}`);

    const damaged = text.replace(stored.versions[0]!.snapshot.gzip, 'aWtrZSBnemlw');
    await writeFile(path, damaged);
    dialogs.open.push(path);
    const result = await api.openPlanDialog({});
    expect(!result.ok && 'error' in result && result.error.message).toBe(
      'Versjonene i filen er skadet, så planen kan ikke åpnes før det er rettet. Utkastet i filen er ikke endret.',
    );
    expect(await readFile(path, 'utf8')).toBe(damaged);
  });

  it('carries the versions and the log into a copy made with «Lagre som»', async () => {
    const { api, path, first, dialogs, root } = await openedPlan();
    const one = await adopted(api, path, first.plan, first.revision, decision('1.0'));
    dialogs.save.push(`${root}/Kopi.bsplan`);
    const copy = opened(await api.savePlanAs({ plan: one.plan, suggestedName: 'Kopi' }));
    const history = await historyOf(api, copy.path);
    expect(history.versions.map((v) => v.id)).toEqual([one.version.id]);
    expect(
      await call(api, 'getVersionPlan', { path: copy.path, versionId: one.version.id }),
    ).toEqual({
      ok: true,
      plan: one.plan,
    });
  });
});
