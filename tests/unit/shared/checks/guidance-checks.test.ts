import { describe, expect, it } from 'vitest';
import { runQualityChecks } from '#shared/checks/quality-checks';
import { instantiateTemplate } from '#shared/plan/create-plan';
import { setChapterContent } from '#shared/plan/chapter-operations';
import { confirmExampleFigure, confirmExamplePerson } from '#shared/plan/example-operations';
import { updatePerson } from '#shared/plan/people-operations';
import { readShippedTemplate } from '../../../support/shipped-templates';

const oslo = () =>
  instantiateTemplate(readShippedTemplate('oslo-bydel.json').plan, '', new Date('2027-03-01'));
const ofKind = (plan: ReturnType<typeof oslo>, kind: string) =>
  runQualityChecks(plan, { today: '2027-03-01' }).filter((p) => p.kind === kind);

describe('checks for what a template left in the plan', () => {
  it('lists every chapter still holding guidance, linked to its editor', () => {
    const problems = ofKind(oslo(), 'chapter-with-guidance');
    expect(problems.map((p) => p.entityId)).toEqual([
      'ch-innledning',
      'ch-bakgrunn',
      'ch-status',
      'ch-organisering',
    ]);
    expect(problems[1]).toMatchObject({
      section: 'tekstkapitler',
      field: 'chapterText',
      // The template's own headings («Befolkning» …) are text the user keeps.
      message:
        'Kapittelet «Bakgrunn» har fortsatt 4 veiledninger fra malen. Skriv teksten, eller fjern veiledningene.',
    });
    expect(problems[0]!.message).toBe(
      'Kapittelet «Innledning» har fortsatt veiledning fra malen. Skriv teksten, eller fjern veiledningen.',
    );
  });

  it('lists an empty chapter, and stops when the chapter has text', () => {
    let plan = setChapterContent(oslo(), 'ch-oppfolging', []);
    expect(ofKind(plan, 'chapter-empty')).toMatchObject([
      { entityId: 'ch-oppfolging', message: 'Kapittelet «Oppfølging og rapportering» er tomt.' },
    ]);
    plan = setChapterContent(plan, 'ch-oppfolging', [
      { type: 'paragraph', content: [{ text: 'Halvårlig.' }] },
    ]);
    expect(ofKind(plan, 'chapter-empty')).toEqual([]);
    // Guidance removed, no text written: the chapter is empty, not «with guidance».
    plan = setChapterContent(plan, 'ch-innledning', []);
    expect(ofKind(plan, 'chapter-with-guidance').map((p) => p.entityId)).not.toContain(
      'ch-innledning',
    );
    expect(ofKind(plan, 'chapter-empty').map((p) => p.entityId)).toContain('ch-innledning');
  });

  it('flags example people until replaced or confirmed', () => {
    let plan = oslo();
    expect(ofKind(plan, 'example-person')).toHaveLength(9);
    expect(ofKind(plan, 'example-person')[2]).toMatchObject({
      entityId: 'p-3',
      section: 'personer',
      field: 'example',
      message: expect.stringContaining('«Marte Fjellheim» er en eksempelperson fra malen.'),
    });
    plan = confirmExamplePerson(plan, 'p-3');
    plan = updatePerson(plan, 'p-1', { name: 'Kari Nordvik' });
    expect(plan.people.find((p) => p.id === 'p-1')).not.toHaveProperty('example');
    expect(ofKind(plan, 'example-person').map((p) => p.entityId)).not.toEqual(
      expect.arrayContaining(['p-1', 'p-3']),
    );
    expect(ofKind(plan, 'example-person')).toHaveLength(7);
  });

  it('flags example figures per result goal until replaced or confirmed', () => {
    let plan = oslo();
    const problems = ofKind(plan, 'example-figure');
    expect(problems.map((p) => p.entityId)).toEqual(['rm-fa1', 'rm-fa2', 'rm-fa3']);
    expect(problems[0]!.message).toBe(
      'Resultatmålet «Flere egnede boliger er tatt i bruk for prioriterte grupper»: utgangsverdien og målverdien er eksempeltall fra malen. Bytt ut med egne tall, eller bekreft. Til da står de ikke i dokumentene.',
    );
    plan = confirmExampleFigure(plan, 'rm-fa1', 'baseline');
    expect(ofKind(plan, 'example-figure')[0]!.message).toContain(': målverdien er eksempeltall');
    plan = confirmExampleFigure(plan, 'rm-fa1', 'target');
    expect(ofKind(plan, 'example-figure').map((p) => p.entityId)).toEqual(['rm-fa2', 'rm-fa3']);
  });
});

describe('a chapter holding only guidance', () => {
  it('says it has no text of its own yet', () => {
    const plan = oslo();
    const [problem] = ofKind(plan, 'chapter-with-guidance').filter(
      (p) => p.entityId === 'ch-status',
    );
    expect(problem).toBeDefined();
    const onlyGuidance = setChapterContent(plan, 'ch-status', [
      { type: 'guidance', content: [{ text: 'Beskriv utfordringene.' }] },
    ]);
    expect(
      ofKind(onlyGuidance, 'chapter-with-guidance').find((p) => p.entityId === 'ch-status')!
        .message,
    ).toBe(
      'Kapittelet «Status og utfordringer» har bare veiledning fra malen og ingen egen tekst ennå.',
    );
  });
});
