import { beforeAll, describe, expect, it } from 'vitest';
import { buildGoalChartSource } from '#shared/charts/goal-chart-source';
import { buildOrgChartSource, defaultOrgChartOptions } from '#shared/charts/org-chart-source';
import { buildPlanXlsx } from '#shared/export/excel/build-plan-xlsx';
import { buildPlanDocx } from '#shared/export/word/build-plan-docx';
import { wordPresets } from '#shared/export/word/word-export-options';
import { cleanTextDeep } from '#shared/model/clean-text';
import { planSchema, type Plan } from '#shared/model/plan';
import { readDocx } from '../../../support/docx-reader';
import { hostilePlan, stringFields } from '../../../support/hostile-plan';
import { testOrgChart } from '../../../support/word-export-fixtures';
import { xmlProblem } from '../../../support/xml-well-formed';
import { unzipSync } from 'fflate';

// Characters no plan text may keep (written independently of cleanText's own pattern).
const RAW_HOSTILE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\u{1FFFF}|\u{10FFFE}/u;

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(strings);
}

let hostile: { plan: Plan; filled: Set<string> };
beforeAll(() => {
  hostile = hostilePlan();
});

describe('hostile text in every text field of the model', () => {
  it('every string in the plan schema is free text (cleaned), an id, a date or a web address', () => {
    const unknown = [...stringFields()].filter(([, kind]) => kind === null).map(([path]) => path);
    expect(unknown, 'bruk textSchema for fritekst').toEqual([]);
  });

  it('reaches every free-text field of the model', () => {
    const textFields = [...stringFields()].filter(([, kind]) => kind === 'text').map(([p]) => p);
    expect(textFields.length).toBeGreaterThan(50);
    expect([...hostile.filled].sort()).toEqual([...new Set(textFields)].sort());
    expect(strings(hostile.plan).some((s) => RAW_HOSTILE.test(s))).toBe(true);
  });

  it('passes the schema once cleaned, with nothing hostile left and everything else kept', () => {
    const parsed = planSchema.safeParse(hostile.plan);
    expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
    const clean = parsed.data!;
    expect(strings(clean).filter((s) => RAW_HOSTILE.test(s))).toEqual([]);
    expect(clean).toEqual(cleanTextDeep(hostile.plan));
    expect(clean.vision.text).toContain('<script>alert("x")</script>');
    expect(clean.vision.text).toContain('halv\uFFFD \uFFFDsurrogat');
  });

  it('makes a Word document whose every XML part is well-formed, from the raw plan', async () => {
    const options = { sections: [...wordPresets.full.sections], date: '2027-06-15' };
    const bytes = await buildPlanDocx(hostile.plan, options, { orgChart: testOrgChart() });
    const files = unzipSync(bytes);
    const parts = Object.keys(files).filter((p) => /\.(xml|rels)$/.test(p));
    expect(parts).toEqual(
      expect.arrayContaining([
        'word/document.xml',
        'docProps/core.xml',
        'word/header1.xml',
        'word/footer1.xml',
        'word/numbering.xml',
        'word/styles.xml',
      ]),
    );
    const problems = parts.map((p) => [p, xmlProblem(files[p]!)]).filter(([, problem]) => problem);
    expect(problems).toEqual([]);
    const document = readDocx(bytes).part('word/document.xml');
    expect(document).toContain('&lt;script&gt;alert(');
    expect(document).not.toMatch(/<script/i);
    expect(readDocx(bytes).part('docProps/core.xml')).toContain('Felt ');
  }, 120_000);

  it('makes an Excel workbook whose every XML part is well-formed, from the raw plan', async () => {
    const files = unzipSync(await buildPlanXlsx(hostile.plan));
    const parts = Object.keys(files).filter((p) => /\.(xml|rels)$/.test(p));
    expect(parts.some((p) => p.startsWith('xl/worksheets/'))).toBe(true);
    const problems = parts.map((p) => [p, xmlProblem(files[p]!)]).filter(([, problem]) => problem);
    expect(problems).toEqual([]);
    expect(new TextDecoder().decode(files['xl/sharedStrings.xml'] ?? new Uint8Array())).not.toMatch(
      /<script/i,
    );
  });

  it('gives mermaid org and goal charts with no raw hostile character and nothing executable', () => {
    const org = buildOrgChartSource(hostile.plan, defaultOrgChartOptions);
    const goals = buildGoalChartSource(hostile.plan);
    for (const chart of [org, goals]) {
      if (!chart.ok) throw new Error(chart.message);
      const labels = chart.source.split('\n');
      expect(labels.filter((line) => RAW_HOSTILE.test(line) || /[\r\t\u2028]/.test(line))).toEqual(
        [],
      );
      // Escaped as #60;script, #37;#37; and #96;: mermaid shows them, it does not act on them.
      expect(/<script|%%|`|\n\s*click /i.test(chart.source)).toBe(false);
      // Each label is one quoted string: no quote of the user's ends it early.
      for (const label of chart.source.match(/\["[^\n]*?"\]/g) ?? []) {
        expect(label.slice(2, -2)).not.toContain('"');
      }
      expect(chart.source.includes('#60;script#62;')).toBe(true);
    }
  });
});
