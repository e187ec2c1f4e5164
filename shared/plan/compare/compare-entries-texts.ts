import { riskLevelLabels } from '../../model/chapters';
import { withoutGuidance } from '../../model/rich-text';
import { chapterKindLabels } from '../chapter-kinds';
import { richTextPlainText } from '../rich-text-operations';
import type { PartEntries } from './compare-engine';
import { field, idsOf, partyKey } from './compare-field';
import { names, quotedTitle, yesNo, type PlanNames } from './compare-names';

// Chapters and risks in words. A chapter's text is compared as plain text (a bold word made
// plain is no change a reader of the plan would be told about) without a template's writing
// prompts, and shown as a short excerpt.

export function chapterEntries(n: PlanNames): PartEntries {
  return {
    ordered: true,
    entries: n.plan.chapters.map((c) => {
      const ref = `Kapittelet${quotedTitle(c.title) || ` ${chapterKindLabels[c.kind]}`}`;
      const text = richTextPlainText(withoutGuidance(c.content));
      return {
        id: c.id,
        source: c,
        ref,
        label: ref,
        fields: () => [
          field('title', c.title),
          field('kind', chapterKindLabels[c.kind], { label: 'type kapittel' }),
          // Pictures have no text: their bytes tell whether one was changed.
          field('content', text, {
            label: 'teksten',
            long: true,
            same: `${text}\u0000${c.content.map((b) => (b.type === 'image' ? b.data.length + b.data.slice(-64) : '')).join('')}`,
          }),
          field('newPage', yesNo(c.newPage), { label: 'starter på ny side' }),
        ],
      };
    }),
  };
}

export function riskEntries(n: PlanNames): PartEntries {
  return {
    ordered: true,
    entries: n.plan.risks.map((r) => {
      const ref = `Risikoen${quotedTitle(r.title) || ' uten navn'}`;
      return {
        id: r.id,
        source: r,
        ref,
        label: ref,
        fields: () => [
          field('title', r.title),
          field('description', r.description, { long: true }),
          field('likelihood', riskLevelLabels[r.likelihood]),
          field('consequence', riskLevelLabels[r.consequence]),
          field('mitigation', r.mitigation, { long: true }),
          field('owner', n.party(r.owner), { same: partyKey(r.owner) }),
          field('measureIds', names(r.measureIds, n.measure), {
            label: 'truede tiltak',
            same: idsOf(r.measureIds),
          }),
        ],
      };
    }),
  };
}
