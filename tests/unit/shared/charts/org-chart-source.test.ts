import { describe, expect, it } from 'vitest';
import { buildOrgChartSource, describeOrganisation } from '#shared/charts/org-chart-source';
import { escapeMermaidText, mermaidNodeId, wrapText } from '#shared/charts/mermaid-text';
import { samplePlan } from '../../../support/plan-fixtures';

/** What mermaid shows for a label: its entity codes decoded, line breaks as newlines. */
const decode = (label: string) =>
  label
    .replace(/^"|"$/g, '')
    .split('<br>')
    .map((line) =>
      line.replace(/#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code))),
    )
    .join('\n');

const labelOf = (source: string, nodeId: string) => {
  const match = new RegExp(`^  ${nodeId}\\[("(?:[^"])*")\\]`, 'm').exec(source);
  if (!match) throw new Error(`no node ${nodeId}`);
  return match[1]!;
};

const withBodyName = (name: string) => {
  const plan = samplePlan();
  plan.organisation[0]!.name = name;
  const result = buildOrgChartSource(plan, {
    direction: 'TB',
    showMembers: false,
    showResponsibilities: false,
    colourByType: false,
  });
  if (!result.ok) throw new Error(result.message);
  return result.source;
};

describe('mermaid labels show any name exactly as typed', () => {
  const names = [
    'Styringsgruppe "BOSO"',
    'Gruppe [a] (b) {c}',
    'Sak #12; 50 % & mer',
    '<script>alert(1)</script>',
    'end',
    'Bydelsutvalget i Ås, Ørland og Æra',
    'Boligteam 🏠✨',
    'a|b;c`d*e_f~g=h:i\\j',
    '%%{init: {"theme": "dark"}}%%',
    'Sak #12; &amp; &#60;',
  ];
  for (const name of names) {
    it(`keeps «${name}»`, () => {
      const label = labelOf(withBodyName(name), mermaidNodeId('b', 'b-bu'));
      // What mermaid would not keep as typed is never raw in the source (see escapeMermaidText).
      expect(label.slice(1, -1).replace(/<br>/g, '')).not.toMatch(/["<>&`]|%%|#(?!\d+;)/);
      expect(decode(label).replace(/\n/g, ' ')).toBe(name);
    });
  }

  it('wraps a 300-character name onto lines instead of cutting it', () => {
    const long = Array.from({ length: 30 }, (_, i) => `ordnummer${i}`)
      .join(' ')
      .padEnd(300, 'x');
    const decoded = decode(labelOf(withBodyName(long), mermaidNodeId('b', 'b-bu')));
    expect(decoded.split('\n').length).toBeGreaterThan(8);
    expect(decoded.split('\n').every((line) => Array.from(line).length <= 32)).toBe(true);
    expect(decoded.replace(/\n/g, ' ').replace(/ (x+)$/, '$1')).toBe(long.replace(/ (x+)$/, '$1'));
  });

  it('splits words longer than a line and keeps every character', () => {
    expect(wrapText('a'.repeat(70), 32)).toEqual(['a'.repeat(32), 'a'.repeat(32), 'a'.repeat(6)]);
    expect(escapeMermaidText('line\nbreak')).toBe('line break');
  });

  it('makes node ids that cannot collide with keywords', () => {
    expect(mermaidNodeId('b', 'end')).toBe('b_end');
    expect(mermaidNodeId('b', 'a-b')).not.toBe(mermaidNodeId('b', 'a_b'));
  });
});

describe('the organisation chart source', () => {
  it('is deterministic and draws reporting lines and advisory links differently', () => {
    const plan = samplePlan();
    plan.organisation.push({
      id: 'b-ref',
      type: 'referansegruppe',
      name: 'Referansegruppe',
      description: '',
      parentId: 'b-bu',
      advisesIds: ['b-sg'],
      members: [],
      responsibilities: [],
    });
    const first = buildOrgChartSource(plan);
    expect(first).toEqual(buildOrgChartSource(structuredClone(plan)));
    if (!first.ok) throw new Error(first.message);
    const [bu, sg, ref] = ['b-bu', 'b-sg', 'b-ref'].map((id) => mermaidNodeId('b', id));
    expect(first.source).toContain(`  ${bu} --- ${sg}`);
    expect(first.hints.treeEdges).toContainEqual({ from: bu, to: sg });
    expect(first.hints.titleLines[ref!]).toBe(1);
    expect(first.source).toContain(`  ${ref} -.->|"gir råd"| ${sg}`);
    expect(first.source).toContain('htmlLabels: false');
    expect(first.source).toContain('classDef styringsgruppe fill:');
  });

  it('shows members and responsibilities when asked', () => {
    const plan = samplePlan();
    const result = buildOrgChartSource(plan, {
      direction: 'LR',
      showMembers: true,
      showResponsibilities: true,
      colourByType: false,
    });
    if (!result.ok) throw new Error(result.message);
    expect(result.source).toContain('flowchart LR');
    expect(decode(labelOf(result.source, mermaidNodeId('b', 'b-sg')))).toBe(
      'Styringsgruppe\nLise Fjellvang (sekretær)',
    );
    expect(decode(labelOf(result.source, mermaidNodeId('b', 'b-bu')))).toBe(
      'Bydelsutvalget\n• Vedtar planen',
    );
  });

  it('explains a broken structure instead of drawing nothing', () => {
    const plan = samplePlan();
    plan.organisation[0]!.parentId = 'b-sg';
    expect(buildOrgChartSource(plan)).toEqual({
      ok: false,
      message:
        'Rapporteringslinjene går i ring (Bydelsutvalget → Styringsgruppe → Bydelsutvalget), så kartet kan ikke tegnes.',
    });
    plan.organisation = [];
    expect(buildOrgChartSource(plan)).toEqual({
      ok: false,
      message: 'Organisasjonen har ingen ledd ennå.',
    });
  });

  it('describes the structure in words for alt text', () => {
    expect(describeOrganisation(samplePlan())).toBe(
      'Organisasjonskart med 2 ledd. Bydelsutvalget (politisk organ) er øverst. Styringsgruppe (styringsgruppe) rapporterer til Bydelsutvalget.',
    );
  });
});

describe('the goal-structure chart source', () => {
  it('draws narrow boxes for the printed document, so a level of many fits a page', async () => {
    const { buildGoalChartSource, PRINT_GOAL_CHART } =
      await import('#shared/charts/goal-chart-source');
    const plan = samplePlan();
    plan.vision.text =
      'Alle i bydelen skal ha et trygt og godt sted å bo, også de som sliter mest.';
    const screen = buildGoalChartSource(plan);
    const print = buildGoalChartSource(plan, 'TB', PRINT_GOAL_CHART);
    if (!screen.ok || !print.ok) throw new Error('no chart');
    const visionLines = (source: string) => decode(labelOf(source, 'visjon')).split('\n');
    expect(visionLines(print.source).length).toBeGreaterThan(visionLines(screen.source).length);
    expect(
      visionLines(print.source)
        .slice(1)
        .every((line) => line.length <= 16),
    ).toBe(true);
    expect(print.source).toContain('minNodeWidth: 100');
    expect(screen.source).toContain('minNodeWidth: 180');
  });

  it('hangs strategies under the goals they serve and focus areas under their strategies', async () => {
    const { buildGoalChartSource } = await import('#shared/charts/goal-chart-source');
    const plan = samplePlan();
    const result = buildGoalChartSource(plan);
    if (!result.ok) throw new Error(result.message);
    const [goal, strategy, area1, area2] = [
      mermaidNodeId('g', 'g-1'),
      mermaidNodeId('s', 's-1'),
      mermaidNodeId('f', 'fa-1'),
      mermaidNodeId('f', 'fa-2'),
    ];
    expect(result.source).toContain(`  visjon --> ${goal}`);
    expect(result.source).toContain(`  ${goal} --> ${strategy}`);
    expect(result.source).toContain(`  ${strategy} --> ${area1}`);
    // A focus area that uses no strategy is drawn, dashed, under the vision.
    expect(result.source).toContain(`  visjon -.-> ${area2}`);
    expect(decode(labelOf(result.source, 'visjon'))).toBe(
      'Visjon\nAlle skal ha et trygt og godt sted\nå bo.',
    );
  });
});

describe('what the renderer needs to finish a chart', () => {
  it('sets the classic layout with plain SVG text and the font at the root', () => {
    const result = buildOrgChartSource(samplePlan());
    if (!result.ok) throw new Error(result.message);
    const frontmatter = result.source.slice(0, result.source.indexOf('\nflowchart '));
    for (const line of ['htmlLabels: false', 'layout: dagre', 'look: classic', 'theme: base'])
      expect(frontmatter).toContain(`\n  ${line}\n`);
    // A font among the themeVariables is dropped from mermaid's CSS; at the root it is kept.
    expect(frontmatter).toMatch(/\n {2}fontFamily: /);
    expect(frontmatter).not.toMatch(/\n {4}fontFamily: /);
    expect(frontmatter).toMatch(/\n {4}wrappingWidth: \d{4}\n/);
  });

  it('tells which lines are names, and gives members and duties wider lines than names', () => {
    const plan = samplePlan();
    plan.organisation[1]!.name = 'Styringsgruppe for boligsosialt utviklingsprogram';
    plan.organisation[1]!.responsibilities = [
      'Godkjenner arbeidsplaner, rapporter og budsjett for programmet',
    ];
    const result = buildOrgChartSource(plan, {
      direction: 'TB',
      showMembers: true,
      showResponsibilities: true,
      colourByType: true,
    });
    if (!result.ok) throw new Error(result.message);
    const sg = mermaidNodeId('b', 'b-sg');
    expect(result.hints.titleLines[sg]).toBe(3);
    expect(decode(labelOf(result.source, sg)).split('\n')).toEqual([
      'Styringsgruppe for',
      'boligsosialt',
      'utviklingsprogram',
      'Lise Fjellvang (sekretær)',
      '• Godkjenner arbeidsplaner,',
      '  rapporter og budsjett for',
      '  programmet',
    ]);
    expect(result.hints.directEdges).toEqual([]);
  });

  it('lets the goal structure draw its lines straight between levels, titles in bold', async () => {
    const { buildGoalChartSource } = await import('#shared/charts/goal-chart-source');
    const result = buildGoalChartSource(samplePlan(), 'LR');
    if (!result.ok) throw new Error(result.message);
    expect(result.source).toContain('flowchart LR');
    expect(result.hints.treeEdges).toEqual([]);
    expect(result.hints.directEdges).toContainEqual({
      from: 'visjon',
      to: mermaidNodeId('g', 'g-1'),
    });
    expect(result.hints.directEdges).toContainEqual({
      from: 'visjon',
      to: mermaidNodeId('f', 'fa-2'),
    });
    expect(Object.values(result.hints.titleLines).every((n) => n === 1)).toBe(true);
  });
});
