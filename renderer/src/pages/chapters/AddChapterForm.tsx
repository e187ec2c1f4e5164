import { useState } from 'react';
import type { ChapterKind } from '#shared/model/chapters';
import {
  chapterKindHints,
  chapterKindLabels,
  chapterKindOptions,
} from '#shared/plan/chapter-kinds';
import { SelectField } from '../../components/SelectField';

interface AddChapterFormProps {
  /** Kinds the plan already has a chapter of; offered all the same, after the others. */
  usedKinds: ReadonlySet<ChapterKind>;
  onAdd: (kind: ChapterKind) => void;
}

export function AddChapterForm({ usedKinds, onAdd }: AddChapterFormProps) {
  // «Annet» can always be one more; the other kinds usually appear once in a plan.
  const missing = chapterKindOptions.filter((k) => k === 'annet' || !usedKinds.has(k));
  const present = chapterKindOptions.filter((k) => k !== 'annet' && usedKinds.has(k));
  const firstUnused = missing[0] ?? 'annet';
  const [kind, setKind] = useState<ChapterKind | null>(null);
  const chosen = kind ?? firstUnused;
  return (
    <div className="add-chapter">
      <SelectField
        id="new-chapter-kind"
        label="Nytt kapittel"
        hint={chapterKindHints[chosen]}
        value={chosen}
        onChange={(value) => setKind(value as ChapterKind)}
      >
        {missing.length > 0 && (
          <optgroup label="Ikke i planen ennå">
            {missing.map((k) => (
              <option key={k} value={k}>
                {chapterKindLabels[k]}
              </option>
            ))}
          </optgroup>
        )}
        {present.length > 0 && (
          <optgroup label="Finnes allerede">
            {present.map((k) => (
              <option key={k} value={k}>
                {chapterKindLabels[k]}
              </option>
            ))}
          </optgroup>
        )}
      </SelectField>
      <button
        type="button"
        className="button"
        onClick={() => {
          onAdd(chosen);
          setKind(null);
        }}
      >
        <span aria-hidden="true">+ </span>Legg til kapittel
      </button>
    </div>
  );
}
