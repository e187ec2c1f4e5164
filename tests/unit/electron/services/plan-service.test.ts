import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPlanService } from '../../../../electron/services/plan-service';
import { dispatchApiCall } from '../../../../electron/services/api-dispatch';
import { backupPathOf, serializePlan } from '../../../../electron/services/plan-file-store';
import { loadSamplePlan } from '../../../../electron/services/template-library';
import type { PlanApi, SaveResult } from '#shared/ipc/contract';
import { samplePlan } from '../../../support/plan-fixtures';
import { opened, useServiceSetup } from '../../../support/plan-service-setup';
import { repoRoot } from '../../../support/repo-root';

const setup = useServiceSetup();

describe('the plan service behind PlanApi', () => {
  it('lists the templates in their order', async () => {
    const { api } = await setup();
    expect((await api.listTemplates({})).map((t) => t.id)).toEqual([
      'tom-plan',
      'oslo-bydel',
      'bolig-for-velferd',
      'alle-trenger-et-trygt-hjem',
    ]);
  });

  it('creates a plan file named after the title, with a new name when it is taken', async () => {
    const { api, options } = await setup();
    const first = opened(
      await api.createPlan({
        templateId: 'oslo-bydel',
        title: 'Plan for Bydel Søndre Nordstrand: 2027/2030',
      }),
    );
    const second = opened(
      await api.createPlan({
        templateId: 'oslo-bydel',
        title: 'Plan for Bydel Søndre Nordstrand: 2027/2030',
      }),
    );
    expect(first.fileName).toBe('Plan for Bydel Søndre Nordstrand 2027 2030.bsplan');
    expect(second.fileName).toBe('Plan for Bydel Søndre Nordstrand 2027 2030 (2).bsplan');
    expect(first.plan.info.title).toBe('Plan for Bydel Søndre Nordstrand: 2027/2030');
    expect(first.plan.focusAreas).toHaveLength(5);
    expect(first.plan.id).not.toBe(second.plan.id);
    expect((await readdir(options.plansDir)).length).toBe(2);
    expect((await api.listRecentPlans({})).map((r) => r.path)).toEqual([second.path, first.path]);
  });

  it('opens the example plan as a new file of its own each time; the example is never written', async () => {
    const { api, options } = await setup();
    const sample = await loadSamplePlan(join(repoRoot, 'templates'));
    const samplePath = join(repoRoot, 'templates', 'samples', 'eksempelplan.json');
    const before = await readFile(samplePath, 'utf8');
    const first = opened(await api.openSamplePlan({}));
    const second = opened(await api.openSamplePlan({}));
    expect(first.fileName).toBe('Eksempelplan Bydel Solhaug.bsplan');
    expect(second.fileName).toBe('Eksempelplan Bydel Solhaug (2).bsplan');
    expect(dirname(first.path)).toBe(options.plansDir);
    expect(first.plan.info.title).toBe(sample.plan.info.title);
    expect(first.plan.measures).toHaveLength(sample.plan.measures.length);
    expect(first.plan.id).not.toBe(sample.plan.id);
    expect(first.plan.id).not.toBe(second.plan.id);
    // Worked in like any plan: a save goes to the copy, the shipped file stays as it was.
    const edited = { ...first.plan, info: { ...first.plan.info, title: 'Min øvelse' } };
    const saved = await api.savePlan({
      path: first.path,
      plan: edited,
      baseRevision: first.revision,
    });
    expect(saved.ok).toBe(true);
    expect(await readFile(samplePath, 'utf8')).toBe(before);
    expect((await api.listRecentPlans({}))[0]).toMatchObject({
      path: first.path,
      title: 'Min øvelse',
    });
  });

  it('keeps the app settings in the app data folder, across a restart', async () => {
    const { api, options } = await setup();
    expect(await api.getAppSettings({})).toEqual({ firstRunGuideSeen: false, userName: '' });
    expect(await api.updateAppSettings({ firstRunGuideSeen: true })).toEqual({
      firstRunGuideSeen: true,
      userName: '',
    });
    // A name is kept without the spaces around it.
    expect(
      await dispatchApiCall(api, 'updateAppSettings', { userName: '  Kari Nordmann ' }),
    ).toMatchObject({
      userName: 'Kari Nordmann',
    });
    expect(await api.updateAppSettings({ userName: '' })).toMatchObject({ userName: '' });
    // An empty change changes nothing (no default resets a setting).
    expect(await dispatchApiCall(api, 'updateAppSettings', {})).toEqual({
      firstRunGuideSeen: true,
      userName: '',
    });
    const restarted = createPlanService(options);
    expect(await restarted.getAppSettings({})).toEqual({ firstRunGuideSeen: true, userName: '' });
    expect(JSON.parse(await readFile(join(options.appDataDir, 'settings.json'), 'utf8'))).toEqual({
      firstRunGuideSeen: true,
      userName: '',
    });
  });

  it('saves only to plans it opened, and only paths it handed out can be opened', async () => {
    const { api, root } = await setup();
    const stranger = join(root, 'annen.bsplan');
    await writeFile(stranger, '{}');
    expect((await api.openRecentPlan({ path: stranger })).ok).toBe(false);
    expect((await api.reloadPlan({ path: stranger })).ok).toBe(false);
    const plan = opened(await api.createPlan({ templateId: 'tom-plan', title: 'X' })).plan;
    const refused = await api.savePlan({ path: stranger, plan, baseRevision: '' });
    expect(refused).toMatchObject({ ok: false, reason: 'missing' });
    expect(await readFile(stranger, 'utf8')).toBe('{}');
  });

  it('round-trips a change: save, then open from the recent list', async () => {
    const { api } = await setup();
    const plan = opened(await api.createPlan({ templateId: 'oslo-bydel', title: 'Gamle tittel' }));
    const edited = { ...plan.plan, info: { ...plan.plan.info, title: 'Ny tittel' } };
    const saved = await api.savePlan({
      path: plan.path,
      plan: edited,
      baseRevision: plan.revision,
    });
    expect(saved.ok).toBe(true);
    const again = opened(await api.openRecentPlan({ path: plan.path }));
    expect(again.plan).toEqual(edited);
    expect((await api.listRecentPlans({}))[0]).toMatchObject({
      path: plan.path,
      title: 'Ny tittel',
      exists: true,
    });
  });

  it('refuses to write a plan that contradicts itself, and keeps the file', async () => {
    const { api, dialogs, root } = await setup();
    const path = join(root, 'Plan for Bydel Østensjø.bsplan');
    const plan = samplePlan();
    await writeFile(path, serializePlan(plan));
    dialogs.open.push(path);
    const { revision } = opened(await api.openPlanDialog({}));
    const before = await readFile(path);
    const broken = { ...plan, strategies: [] };
    // Through the one door of both transports: its contract parse is a save's one validation.
    const result = (await dispatchApiCall(api, 'savePlan', {
      path,
      plan: broken,
      baseRevision: revision,
    })) as SaveResult;
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    expect(!result.ok && result.problems.map((p) => p.where)).toContain(
      'Satsningsområde 1 «Egnede boliger for vanskeligstilte» › strategier',
    );
    expect((await readFile(path)).equals(before)).toBe(true);
  });

  it('names the places of a refused save from the plan, not from the request', async () => {
    const { api } = await setup();
    const created = opened(await api.createPlan({ templateId: 'tom-plan', title: 'Plan' }));
    const plan = { ...created.plan, info: { ...created.plan.info, periodStart: 'i fjor' } };
    const result = await dispatchApiCall(api, 'savePlan', {
      path: created.path,
      plan,
      baseRevision: created.revision,
    });
    expect(result).toEqual({
      ok: false,
      reason: 'invalid',
      message: 'Planen ble ikke lagret fordi den har feil.',
      problems: [{ where: 'Om planen › periode fra', message: 'skal være et tall.' }],
    });
  });

  it('touches the recent list when a plan is opened, and on a save only when its title changed', async () => {
    const { api, options } = await setup();
    const created = opened(await api.createPlan({ templateId: 'tom-plan', title: 'Plan A' }));
    const recentFile = join(options.appDataDir, 'recent-plans.json');
    const listed = await readFile(recentFile, 'utf8');
    const edited = { ...created.plan, vision: { text: 'Ny visjon', rationale: '' } };
    const saved = await api.savePlan({
      path: created.path,
      plan: edited,
      baseRevision: created.revision,
    });
    expect(saved.ok).toBe(true);
    expect(await readFile(recentFile, 'utf8')).toBe(listed);

    const renamed = { ...edited, info: { ...edited.info, title: 'Plan B' } };
    await api.savePlan({
      path: created.path,
      plan: renamed,
      baseRevision: saved.ok ? saved.revision : '',
    });
    expect((await api.listRecentPlans({})).map((r) => r.title)).toEqual(['Plan B']);
  });

  it('opens through the dialog, and a cancelled dialog changes nothing', async () => {
    const { api, dialogs } = await setup();
    const created = opened(await api.createPlan({ templateId: 'tom-plan', title: 'Plan' }));
    expect(await api.openPlanDialog({})).toEqual({ ok: false, canceled: true });
    dialogs.open.push(created.path);
    expect(opened(await api.openPlanDialog({})).plan).toEqual(created.plan);
  });

  it('restores a backup into a new file and leaves the damaged file as it is', async () => {
    const { api, dialogs } = await setup();
    const created = opened(await api.createPlan({ templateId: 'oslo-bydel', title: 'Plan' }));
    const edited = { ...created.plan, vision: { text: 'Lagret versjon', rationale: '' } };
    await api.savePlan({ path: created.path, plan: edited, baseRevision: created.revision });
    await writeFile(created.path, '{ ødelagt');

    dialogs.open.push(created.path);
    const failed = await api.openPlanDialog({});
    expect(failed).toMatchObject({ ok: false, hasBackup: true, error: { kind: 'json' } });

    const restored = opened(await api.restoreBackup({ path: created.path }));
    expect(restored.fileName).toBe('Plan (gjenopprettet).bsplan');
    expect(restored.plan).toEqual(created.plan);
    expect(await readFile(created.path, 'utf8')).toBe('{ ødelagt');
    expect(await readFile(backupPathOf(created.path), 'utf8')).toContain('"schemaVersion"');
  });

  it('saves a copy where the user chooses, and never over an existing file', async () => {
    const { api, dialogs, root } = await setup();
    const created = opened(await api.createPlan({ templateId: 'tom-plan', title: 'Plan' }));
    expect(await api.savePlanAs({ plan: created.plan, suggestedName: 'Kopi' })).toEqual({
      ok: false,
      canceled: true,
    });
    dialogs.save.push(join(root, 'Kopi av plan'));
    const copy = opened(await api.savePlanAs({ plan: created.plan, suggestedName: 'Kopi' }));
    expect(copy.fileName).toBe('Kopi av plan.bsplan');
    dialogs.save.push(copy.path);
    expect(await api.savePlanAs({ plan: created.plan, suggestedName: 'Kopi' })).toMatchObject({
      ok: false,
      error: { kind: 'io' },
    });
  });

  it('marks recent plans whose file is gone, and removes them on request', async () => {
    const { api } = await setup();
    const created = opened(await api.createPlan({ templateId: 'tom-plan', title: 'Borte' }));
    const { rm } = await import('node:fs/promises');
    await rm(created.path);
    expect((await api.listRecentPlans({}))[0]).toMatchObject({ path: created.path, exists: false });
    expect(await api.removeRecentPlan({ path: created.path })).toEqual([]);
  });

  it('puts a removed plan back where it stood, and no path it never removed', async () => {
    const { api } = await setup();
    const titles = ['Første', 'Andre', 'Tredje'];
    const paths: string[] = [];
    for (const title of titles)
      paths.push(opened(await api.createPlan({ templateId: 'tom-plan', title })).path);
    // Newest first: Tredje, Andre, Første.
    const listed = async () => (await api.listRecentPlans({})).map((p) => p.title);
    expect(await listed()).toEqual(['Tredje', 'Andre', 'Første']);
    await api.removeRecentPlan({ path: paths[1]! });
    expect(await listed()).toEqual(['Tredje', 'Første']);
    const back = await api.restoreRecentPlan({ path: paths[1]! });
    expect(back.map((p) => p.title)).toEqual(['Tredje', 'Andre', 'Første']);
    // Restoring twice, or a path that was never in the list, adds nothing.
    expect((await api.restoreRecentPlan({ path: paths[1]! })).length).toBe(3);
    const elsewhere = join(dirname(paths[0]!), 'aldri-i-listen.bsplan');
    expect((await api.restoreRecentPlan({ path: elsewhere })).map((p) => p.path)).not.toContain(
      elsewhere,
    );
  });

  it('reports its version and transport', async () => {
    const { api } = await setup();
    expect(await (api as PlanApi).getAppInfo({})).toEqual({
      name: 'Planverksted',
      version: '1.2.3',
      transport: 'web',
    });
  });

  it('exports a file where the user chooses, and opens only what it exported', async () => {
    const { api, dialogs, root } = await setup();
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
    const request = {
      kind: 'png' as const,
      suggestedName: 'Organisasjonskart: Bydel Ås',
      data: png.toString('base64'),
      encoding: 'base64' as const,
    };
    expect(await api.exportFile(request)).toEqual({ ok: false, canceled: true });
    expect(dialogs.asked.at(-1)).toEqual({
      name: 'Organisasjonskart Bydel Ås.png',
      extensions: ['png'],
    });

    dialogs.save.push(join(root, 'kart'));
    const saved = await api.exportFile(request);
    expect(saved).toEqual({ ok: true, path: join(root, 'kart.png'), fileName: 'kart.png' });
    expect((await readFile(join(root, 'kart.png'))).equals(png)).toBe(true);

    dialogs.save.push(join(root, 'kilde.mmd'));
    await api.exportFile({
      kind: 'mmd',
      suggestedName: 'x',
      data: 'flowchart TB\n  a --> b\n',
      encoding: 'utf8',
    });
    expect(await readFile(join(root, 'kilde.mmd'), 'utf8')).toBe('flowchart TB\n  a --> b\n');

    expect(await api.openExportedFile({ path: join(root, 'kart.png') })).toEqual({
      ok: true,
      message: '',
    });
    expect(dialogs.openedWithSystem).toEqual([join(root, 'kart.png')]);
    expect((await api.openExportedFile({ path: '/etc/passwd' })).ok).toBe(false);
  });

  it('asks where an export goes first, then writes there once, by a name only it knows', async () => {
    const { api, dialogs, root } = await setup();
    expect(await api.chooseExportLocation({ kind: 'docx', suggestedName: 'Plan: 2027' })).toEqual({
      ok: false,
      canceled: true,
    });
    expect(dialogs.asked.at(-1)).toEqual({ name: 'Plan 2027.docx', extensions: ['docx'] });

    dialogs.save.push(join(root, 'vedtak'));
    const place = await api.chooseExportLocation({ kind: 'docx', suggestedName: 'Plan' });
    expect(place).toMatchObject({
      ok: true,
      path: join(root, 'vedtak.docx'),
      fileName: 'vedtak.docx',
    });
    if (!place.ok) throw new Error('the place was chosen');
    const asked = dialogs.asked.length;
    const bytes = Buffer.from('PK');
    const request = {
      kind: 'docx' as const,
      suggestedName: 'Plan',
      data: bytes.toString('base64'),
      encoding: 'base64' as const,
      destination: place.destination,
    };
    expect(await api.exportFile(request)).toEqual({
      ok: true,
      path: join(root, 'vedtak.docx'),
      fileName: 'vedtak.docx',
    });
    // No second dialog: the place was asked for before the document was built.
    expect(dialogs.asked).toHaveLength(asked);
    expect((await readFile(join(root, 'vedtak.docx'))).equals(bytes)).toBe(true);

    // Used once; a name the main process never gave, or given for another kind, writes nothing.
    const refused = {
      ok: false,
      canceled: false,
      message:
        'Filen ble ikke lagret: stedet du valgte, er ikke kjent lenger. Eksporter på nytt. Planen er ikke endret.',
    };
    expect(await api.exportFile(request)).toEqual(refused);
    expect(await api.exportFile({ ...request, destination: join(root, 'annen.docx') })).toEqual(
      refused,
    );
    dialogs.save.push(join(root, 'ark.xlsx'));
    const sheet = await api.chooseExportLocation({ kind: 'xlsx', suggestedName: 'Plan' });
    if (!sheet.ok) throw new Error('the place was chosen');
    expect(await api.exportFile({ ...request, destination: sheet.destination })).toEqual(refused);
    await expect(readFile(join(root, 'ark.xlsx'))).rejects.toThrow();
    await expect(readFile(join(root, 'annen.docx'))).rejects.toThrow();
  });

  it('explains a failed export and writes nothing', async () => {
    const { api, dialogs, root } = await setup();
    await writeFile(join(root, 'fil'), 'x');
    dialogs.save.push(join(root, 'fil', 'plan.docx'));
    const result = await api.exportFile({
      kind: 'docx',
      suggestedName: 'Plan',
      data: '',
      encoding: 'base64',
    });
    expect(result).toMatchObject({ ok: false, canceled: false });
    expect(!result.ok && !result.canceled && result.message).toMatch(
      /^Filen kunne ikke lagres\. Mappen finnes ikke \(lenger\)\. Planen er ikke endret\.$/,
    );
  });
});
