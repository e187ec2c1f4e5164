import type { Plan } from '../model/plan';
import { chapterKindLabels } from '../plan/chapter-kinds';
import { chapterTextState } from '../plan/example-operations';
import { CHECK_FIELDS } from './check-fields';
import type { QualityProblem } from './quality-checks';

// What a template left in the plan that is not yet the municipality's own: writing prompts in
// chapters, chapters with no text, and example people and figures. None of it reaches the
// documents (document-plan.ts); these checks say so before anyone is surprised by a gap.

export type GuidanceProblemKind =
  'chapter-with-guidance' | 'chapter-empty' | 'example-person' | 'example-figure';

const chapterName = (c: Plan['chapters'][number]) =>
  `«${c.title.trim() || chapterKindLabels[c.kind]}»`;

export function findGuidanceProblems(plan: Plan): QualityProblem[] {
  const problems: QualityProblem[] = [];
  for (const chapter of plan.chapters) {
    const { guidance, ownText } = chapterTextState(chapter.content);
    const link = {
      section: 'tekstkapitler' as const,
      entityId: chapter.id,
      field: CHECK_FIELDS.chapterText,
    };
    if (guidance > 0) {
      const prompts = guidance === 1 ? 'veiledning' : `${guidance} veiledninger`;
      const them = guidance === 1 ? 'veiledningen' : 'veiledningene';
      problems.push({
        key: `guidance:${chapter.id}`,
        kind: 'chapter-with-guidance',
        message: ownText
          ? `Kapittelet ${chapterName(chapter)} har fortsatt ${prompts} fra malen. Skriv teksten, eller fjern ${them}.`
          : `Kapittelet ${chapterName(chapter)} har bare ${prompts} fra malen og ingen egen tekst ennå.`,
        ...link,
      });
    } else if (
      !ownText &&
      // The risk analysis chapter carries the risk table, which is text enough.
      !(chapter.kind === 'risikoanalyse' && plan.risks.length > 0)
    ) {
      problems.push({
        key: `empty:${chapter.id}`,
        kind: 'chapter-empty',
        message: `Kapittelet ${chapterName(chapter)} er tomt.`,
        ...link,
      });
    }
  }

  for (const person of plan.people) {
    if (!person.example) continue;
    problems.push({
      key: `example-person:${person.id}`,
      kind: 'example-person',
      message: `«${person.name.trim() || person.title.trim() || 'Personen'}» er en eksempelperson fra malen. Bytt ut med en person fra bydelen, eller bekreft. Til da er personen ikke med i dokumentene.`,
      section: 'personer',
      entityId: person.id,
      field: CHECK_FIELDS.example,
    });
  }

  for (const main of plan.mainGoals) {
    for (const sub of main.subGoals) {
      for (const result of sub.resultGoals) {
        const indicator = result.indicator;
        const figures = [
          indicator?.baseline?.example ? 'utgangsverdien' : null,
          indicator?.target?.example ? 'målverdien' : null,
        ].filter((f) => f !== null);
        if (figures.length === 0) continue;
        problems.push({
          key: `example-figure:${result.id}`,
          kind: 'example-figure',
          message: `Resultatmålet «${result.title.trim() || 'uten navn'}»: ${figures.join(' og ')} er eksempeltall fra malen. Bytt ut med egne tall, eller bekreft. Til da står de ikke i dokumentene.`,
          section: 'visjon-og-mal',
          entityId: result.id,
          field: CHECK_FIELDS.example,
        });
      }
    }
  }
  return problems;
}
