import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { planJsonSchema } from '../../../scripts/plan-json-schema';
import { CURRENT_SCHEMA_VERSION } from '#shared/model/plan';
import { versionSummary } from '../../support/version-fixtures';
import { samplePlan } from '../../support/plan-fixtures';
import { serializePlan } from '../../../electron/services/plan-file-store';
import { addVersion } from '#shared/plan/history/version-chain';

const checkedIn = readFileSync(
  new URL('../../../shared/plan-file.schema.json', import.meta.url),
  'utf8',
);

describe('the JSON Schema of the plan file', () => {
  it('is checked in and up to date with the zod model (run `npm run schema` if not)', () => {
    expect(checkedIn).toBe(planJsonSchema());
  });

  it('lets other tools validate plans: accepts a plan, rejects a malformed one', () => {
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(checkedIn));
    const plan = samplePlan();
    expect(validate(plan), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...plan, measures: [{ ...plan.measures[0], status: 'x' }] })).toBe(false);
    expect(validate({ ...plan, schemaVersion: CURRENT_SCHEMA_VERSION + 1 })).toBe(false);
  });

  it('accepts a file with its versions and change log as Planverksted writes it', () => {
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(checkedIn));
    const plan = samplePlan();
    const version = versionSummary('1.0', 'adopted', { id: 'v1', caseNumber: '' });
    const file = serializePlan(plan, {
      versions: addVersion([], version, plan),
      changeLog: [
        {
          id: 'e1',
          at: '2027-03-12T10:00:00.000Z',
          who: 'Kari Nordmann',
          part: 'info',
          kind: 'added',
          entityId: 'v1',
          field: 'version',
          text: 'Versjon 1.0 vedtatt.',
        },
      ],
    });
    expect(validate(JSON.parse(file)), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...JSON.parse(file), changeLog: [{ text: 'Uten resten' }] })).toBe(false);
  });

  it('accepts a file with a workshop board kept beside the draft, and refuses a malformed one', () => {
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(checkedIn));
    const board = {
      state: { gzip: 'H4sIAAAAAAAAA2NgAAAAAAIAAAA=' },
      port: 51234,
      joinToken: 'token',
      joinCode: 'K7WQ3M',
      participants: [{ id: 'p-1', secret: 'hemmelig' }],
      savedAt: '2026-12-05T10:00:00.000Z',
    };
    const file = JSON.parse(serializePlan(samplePlan(), undefined, { 'ws-1': board }));
    expect(validate(file), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...file, boards: { 'ws-1': { ...board, port: 'x' } } })).toBe(false);
  });
});
