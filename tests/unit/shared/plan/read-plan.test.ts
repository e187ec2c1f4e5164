import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '#shared/model/plan';
import { migratePlanDocument, type Migration } from '#shared/plan/migrations';
import { formatProblem, readPlanText } from '#shared/plan/read-plan';
import { samplePlan } from '../../../support/plan-fixtures';

const errorOf = (text: string) => {
  const result = readPlanText(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
};

describe('reading a plan file: parse → migrate → validate', () => {
  it('reads a valid plan back exactly as written', () => {
    const plan = samplePlan();
    const result = readPlanText(JSON.stringify(plan));
    expect(result).toEqual({
      ok: true,
      plan,
      migratedFrom: null,
      history: { versions: [], changeLog: [] },
      boards: {},
    });
  });

  it('says where broken JSON stops being readable', () => {
    const text = JSON.stringify(samplePlan(), null, 2).replace(
      '"title": "Boligtorg",',
      '"title": "Boligtorg"',
    );
    const error = errorOf(text);
    expect(error.kind).toBe('json');
    expect(error.message).toBe('Filen er skadet: den er ikke gyldig JSON.');
    // JSON.parse notices the missing comma at the next key, which is where the user should look.
    const lines = text.split('\n');
    const index = lines.findIndex((l) => l.includes('"description": "Ett sted'));
    expect(error.problems[0]!.where).toBe(
      `Linje ${index + 1}, kolonne ${lines[index]!.indexOf('"') + 1}`,
    );
  });

  it('refuses an empty file and a file that is not a plan', () => {
    expect(errorOf('   ').kind).toBe('empty');
    expect(errorOf('[1,2,3]').kind).toBe('not-a-plan');
    expect(errorOf('{"hei": 1}').message).toContain('mangler filversjon');
  });

  it('refuses a file from a newer version and says which', () => {
    const error = errorOf(
      JSON.stringify({ ...samplePlan(), schemaVersion: CURRENT_SCHEMA_VERSION + 2 }),
    );
    expect(error.kind).toBe('newer');
    expect(error.message).toContain(`filversjon ${CURRENT_SCHEMA_VERSION + 2}`);
    expect(error.message).toContain('Oppdater Planverksted');
  });

  it('names the place of every problem in a hand-edited file', () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- deliberately breaking the shape
    const plan = samplePlan() as unknown as Record<string, any>;
    plan.measures[0].startDate = '2014-01-01';
    plan.measures[0].endDate = '2013-12-31';
    plan.measures[0].budget.costs[0].amount = '250 000';
    plan.info.periodStart = 'i fjor';
    const error = errorOf(JSON.stringify(plan));
    expect(error.kind).toBe('invalid');
    const lines = error.problems.map(formatProblem);
    expect(lines).toEqual([
      'Om planen › periode fra: skal være et tall.',
      'Tiltak 1A «Boligtorg» › budsjett › kostnader › nr. 1 › beløp: Beløp må være hele kroner.',
    ]);
    // Date order is checked once the shape is right.
    plan.measures[0].budget.costs[0].amount = 250000;
    plan.info.periodStart = 2027;
    expect(errorOf(JSON.stringify(plan)).problems.map(formatProblem)).toEqual([
      'Tiltak 1A «Boligtorg»: slutt 31.12.2013 er før start 01.01.2014.',
    ]);
  });
});

describe('problems that name their place', () => {
  it('keeps a title with ": " in it together with its place', () => {
    const plan = samplePlan();
    plan.measures[0]!.title = 'Boligtorg: én dør inn';
    plan.measures[0]!.startDate = '2014-01-01';
    plan.measures[0]!.endDate = '2013-12-31';
    expect(errorOf(JSON.stringify(plan)).problems).toEqual([
      {
        where: 'Tiltak 1A «Boligtorg: én dør inn»',
        message: 'slutt 31.12.2013 er før start 01.01.2014.',
      },
    ]);
  });
});

describe('migrations', () => {
  const addField: Migration = (doc) => ({ ...doc, added: true });

  it('refuses in bokmål, without throwing, a file an upgrade step cannot handle', () => {
    const needsInfo: Migration = (doc) => ({
      ...doc,
      title: (doc.info as { title: string }).title,
    });
    expect(migratePlanDocument({ schemaVersion: 1 }, { 1: needsInfo }, 2)).toEqual({
      ok: false,
      reason: 'failed',
      version: 1,
    });
  });
  const rename: Migration = ({ old, ...rest }) => ({ ...rest, renamed: old });

  it('applies each step from the file version up to the current one', () => {
    const result = migratePlanDocument(
      { schemaVersion: 1, old: 'x' },
      { 1: addField, 2: rename },
      3,
    );
    expect(result).toEqual({
      ok: true,
      fromVersion: 1,
      doc: { schemaVersion: 3, added: true, renamed: 'x' },
    });
  });

  it('leaves a current file alone and refuses newer, unknown and missing versions', () => {
    expect(migratePlanDocument({ schemaVersion: 3 }, { 1: addField }, 3)).toEqual({
      ok: true,
      fromVersion: 3,
      doc: { schemaVersion: 3 },
    });
    expect(migratePlanDocument({ schemaVersion: 4 }, {}, 3)).toEqual({
      ok: false,
      reason: 'newer',
      version: 4,
    });
    expect(migratePlanDocument({ schemaVersion: 1 }, { 2: rename }, 3)).toEqual({
      ok: false,
      reason: 'no-migration',
      version: 1,
    });
    expect(migratePlanDocument({ schemaVersion: '1' }, {}, 3)).toEqual({
      ok: false,
      reason: 'missing-version',
    });
  });
});
