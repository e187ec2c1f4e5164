// The app's main side in a process of its own, sharing one workshop board, for the test that
// kills it in the middle of a workshop. Bundled by save-child.ts; killed from outside.
import { createPlanService } from '../../electron/services/plan-service';
import { testWorkshop } from './workshop-host-fixtures';

const [planPath = '', participantDir = '', dataDir = ''] = process.argv.slice(2);
const nothing = async () => null;
const api = createPlanService({
  plansDir: dataDir,
  appDataDir: dataDir,
  templates: async () => [],
  samplePlan: () => Promise.reject(new Error('Ingen eksempelplan her.')),
  dialogs: {
    chooseFileToOpen: nothing,
    chooseSaveLocation: nothing,
    chooseFolder: nothing,
    chooseFilesToOpen: nothing,
    openWithSystem: async () => '',
  },
  appVersion: '0.0.0',
  transport: 'web',
  // As in the app: changes gathered for its usual moment before each write.
  workshop: { participantDir, facilitatorOrigins: [], listenHost: '127.0.0.1', addresses: [] },
});
api.handOut(planPath);
const opened = await api.reloadPlan({ path: planPath });
if (!opened.ok) throw new Error(opened.error.message);
const started = await api.startWorkshopSharing({
  path: planPath,
  workshop: testWorkshop,
  focusAreas: [],
});
process.stdout.write(`${JSON.stringify(started)}\n`);
// Kept alive by the board's server until the test kills the process.
