import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatchApiCall } from '../../../../electron/services/api-dispatch';
import { createPlanService } from '../../../../electron/services/plan-service';
import { serializePlan } from '../../../../electron/services/plan-file-store';
import { samplePlan } from '../../../support/plan-fixtures';
import { useTempDir } from '../../../support/temp-dir';

const tempDir = useTempDir();

async function setup() {
  const root = await tempDir();
  const chosen: string[] = [];
  const api = createPlanService({
    plansDir: join(root, 'Planverksted'),
    appDataDir: join(root, 'app'),
    templates: async () => [],
    samplePlan: () => Promise.reject(new Error('Ingen eksempelplan i denne testen.')),
    dialogs: {
      chooseFileToOpen: async () => chosen.shift() ?? null,
      chooseFolder: async () => null,
      chooseFilesToOpen: async () => null,
      chooseSaveLocation: async () => null,
      openWithSystem: async () => '',
    },
    appVersion: '1.0.0',
    transport: 'web',
  });
  return { api, root, chosen };
}

const planFiles = async (dir: string) =>
  (await readdir(dir)).filter((name) => name.endsWith('.bsplan'));

const plan = samplePlan();
plan.info.title = 'Boligplan for Bydel Ærøy – «Større» €';
// What another Windows program writes when it saves the plan as «ANSI».
const windows1252 = Buffer.from(
  serializePlan(plan).replace('–', '\x96').replace('€', '\x80'),
  'latin1',
);

describe('a plan file that is not UTF-8', () => {
  it('is refused without touching it, and a converted copy opens beside it', async () => {
    const { api, root, chosen } = await setup();
    const path = join(root, 'Fra kommunen.bsplan');
    await writeFile(path, windows1252);

    chosen.push(path);
    const refused = await api.openPlanDialog({});
    expect(refused).toMatchObject({
      ok: false,
      path,
      error: { kind: 'encoding', problems: [{ where: expect.stringMatching(/^Linje \d+/) }] },
    });
    expect(refused.ok === false && 'error' in refused && refused.error.message).toMatch(
      /^Filen er ikke lagret som UTF-8/,
    );

    const converted = await dispatchApiCall(api, 'convertEncoding', { path });
    expect(converted).toMatchObject({
      ok: true,
      opened: {
        fileName: 'Fra kommunen (konvertert).bsplan',
        plan: { info: { title: plan.info.title } },
      },
    });
    expect(await readFile(path)).toEqual(windows1252);
    const copy = await readFile(join(root, 'Fra kommunen (konvertert).bsplan'), 'utf8');
    expect(JSON.parse(copy)).toEqual(plan);
  });

  it('is only converted when it was refused for its encoding and the service handed out the path', async () => {
    const { api, root, chosen } = await setup();
    const utf8 = join(root, 'Riktig.bsplan');
    await writeFile(utf8, serializePlan(plan));
    expect(await api.convertEncoding({ path: utf8 })).toMatchObject({
      ok: false,
      error: { message: 'Planverksted har ikke tilgang til denne filen.' },
    });
    chosen.push(utf8);
    await api.openPlanDialog({});
    // Reading a UTF-8 file as Windows-1252 would turn «Ærøy» into «Ã†rÃ¸y»: refused.
    const refused = await api.convertEncoding({ path: utf8 });
    expect(refused).toMatchObject({ ok: false, error: { kind: 'not-a-plan' } });
    expect(await planFiles(root)).toEqual(['Riktig.bsplan']);
  });

  it('makes no copy of a file that is not a valid plan either way, and says why', async () => {
    const { api, root, chosen } = await setup();
    const path = join(root, 'Skadet.bsplan');
    const broken = Buffer.from('{"schemaVersion": 1, "info": {"title": "B\xe6r"', 'latin1');
    await writeFile(path, broken);
    chosen.push(path);
    await api.openPlanDialog({});
    const result = await api.convertEncoding({ path });
    expect(result).toMatchObject({ ok: false, error: { kind: 'json' } });
    expect(!result.ok && result.error.message).toMatch(/^Kopien med riktige tegn kunne ikke lages/);
    expect(await planFiles(root)).toEqual(['Skadet.bsplan']);
    expect(await readFile(path)).toEqual(broken);
  });
});
