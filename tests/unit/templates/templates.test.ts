import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlanTemplate } from '#shared/model/template';
import { CURRENT_SCHEMA_VERSION } from '#shared/model/plan';
import { formatProblem } from '#shared/plan/read-plan';
import { readTemplateText } from '#shared/plan/read-template';
import { templateFiles, templatesDir } from '../../support/shipped-templates';

const files = templateFiles();

interface Loaded {
  file: string;
  raw: string;
  template: PlanTemplate | null;
  problems: string;
}

// Read as the app reads them: the template's fields, then its plan through migrate → validate.
const loaded: Loaded[] = files.map((file) => {
  const raw = readFileSync(join(templatesDir, file), 'utf8');
  const result = readTemplateText(raw);
  const problems = result.ok
    ? ''
    : [result.error.message, ...result.error.problems.map((p) => `  ${formatProblem(p)}`)].join(
        '\n',
      );
  return { file, raw, template: result.ok ? result.template : null, problems };
});

const byId = (id: string): PlanTemplate => {
  const template = loaded.find((l) => l.template?.id === id)?.template;
  if (!template) throw new Error(`Fant ikke malen «${id}».`);
  return template;
};

describe('plan templates', () => {
  it('has template files', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  describe.each(loaded)('$file', ({ file, raw, template, problems }) => {
    it('reads through the plan file path (shape and integrity)', () => {
      if (problems) console.error(`${file} er ugyldig:\n${problems}`);
      expect(problems, `${file} er ugyldig:\n${problems}`).toBe('');
      expect(template).not.toBeNull();
    });

    it('is named after its id', () => {
      expect(file).toBe(`${template?.id}.json`);
    });

    it('uses only invented e-mail addresses (@eksempel.no)', () => {
      const emails = raw.match(/[^\s"'<>()@]+@[^\s"'<>()@]+/g) ?? [];
      for (const email of emails) expect(email).toMatch(/@eksempel\.no$/);
      for (const person of template?.plan.people ?? []) {
        if (person.email) expect(person.email).toMatch(/@eksempel\.no$/);
      }
    });
  });

  it('contains the four expected templates', () => {
    const ids = loaded.map((l) => l.template?.id);
    for (const id of [
      'tom-plan',
      'oslo-bydel',
      'bolig-for-velferd',
      'alle-trenger-et-trygt-hjem',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('migrates the plan inside a template like a plan file: a newer file version is refused', () => {
    const template = JSON.parse(loaded[0]!.raw) as { plan: Record<string, unknown> };
    template.plan.schemaVersion = CURRENT_SCHEMA_VERSION + 1;
    const result = readTemplateText(JSON.stringify(template));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.kind).toBe('newer');
  });

  it('refuses a template without its own fields', () => {
    const template = JSON.parse(loaded[0]!.raw) as Record<string, unknown>;
    delete template.name;
    const result = readTemplateText(JSON.stringify(template));
    expect(!result.ok && result.error.kind).toBe('invalid');
  });

  it('has unique order values', () => {
    const orders = loaded.map((l) => l.template?.order);
    expect(new Set(orders).size).toBe(orders.length);
  });

  describe('oslo-bydel', () => {
    it('has five focus areas, five strategies and seven target groups', () => {
      const { plan } = byId('oslo-bydel');
      expect(plan.focusAreas).toHaveLength(5);
      expect(plan.strategies).toHaveLength(5);
      expect(plan.targetGroups).toHaveLength(7);
    });

    it('splits 70/30 between Husbanken and the municipality by default', () => {
      const { plan } = byId('oslo-bydel');
      const kindOf = new Map(plan.budget.sources.map((s) => [s.id, s.kind]));
      const percentOf = (kind: string) =>
        plan.budget.defaultSplit
          .filter((s) => kindOf.get(s.sourceId) === kind)
          .reduce((sum, s) => sum + s.percent, 0);
      expect(percentOf('husbanken')).toBe(70);
      expect(percentOf('kommunal')).toBe(30);
      expect(plan.budget.defaultSplit.reduce((sum, s) => sum + s.percent, 0)).toBe(100);
    });

    it('has one top body and every other body reports to a parent', () => {
      const { plan } = byId('oslo-bydel');
      const tops = plan.organisation.filter((b) => b.parentId === null);
      expect(tops).toHaveLength(1);
      expect(tops[0]?.type).toBe('politisk-organ');
      const ids = new Set(plan.organisation.map((b) => b.id));
      for (const body of plan.organisation) {
        if (body === tops[0]) continue;
        expect(body.parentId, body.name).not.toBeNull();
        expect(ids.has(body.parentId ?? '')).toBe(true);
      }
    });
  });
});
