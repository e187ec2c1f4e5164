import { ideaOutcome, type IdeaDecisions } from './idea-outcome';

/** A small line of tags under an idea: what the facilitator did with it, if anything yet. */
export function IdeaOutcomeTags({ card }: { card: IdeaDecisions }) {
  const tags = ideaOutcome(card);
  if (tags.length === 0) return null;
  return (
    <ul className="pv-tags" aria-label="Hva møtelederen har gjort">
      {tags.map((tag) => (
        <li key={tag} className="pv-tag">
          {tag}
        </li>
      ))}
    </ul>
  );
}
