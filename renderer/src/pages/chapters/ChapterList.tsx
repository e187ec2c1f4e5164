import { useState, type DragEvent } from 'react';
import type { Chapter } from '#shared/model/chapters';
import { chapterKindLabels } from '#shared/plan/chapter-kinds';
import { moveKeyHandler } from '../../components/lists/MoveButtons';
import { draggedId, startDrag } from '../../components/sortable/drag-data';
import { dropIndex, sideOf } from '../../components/sortable/drop-position';
import { chapterLabel, selectButtonId } from './chapter-ids';

interface ChapterListProps {
  chapters: readonly Chapter[];
  selectedId: string | null;
  onSelect: (chapterId: string) => void;
  onMove: (chapterId: string, delta: -1 | 1) => void;
  /** Drag and drop: the chapter's new position, counted without it. */
  onMoveTo: (chapterId: string, index: number) => void;
}

/** The chapters in document order: choose one to edit, move them with buttons, Alt+arrows or drag. */
export function ChapterList({
  chapters,
  selectedId,
  onSelect,
  onMove,
  onMoveTo,
}: ChapterListProps) {
  const [dragged, setDragged] = useState<string | null>(null);
  const [drop, setDrop] = useState<{ index: number } | null>(null);

  // The line is drawn above the row the chapter would land before (below the last row).
  const dropIndexAt = (event: DragEvent<HTMLLIElement>, index: number) =>
    sideOf(event) === 'before' ? index : index + 1;
  const endDrag = () => {
    setDragged(null);
    setDrop(null);
  };

  return (
    <ol className="chapter-list">
      {chapters.map((chapter, index) => {
        const label = chapterLabel(chapter, index);
        const kind = chapterKindLabels[chapter.kind];
        const selected = chapter.id === selectedId;
        const dropBefore = drop && dragged && drop.index === index;
        const dropAfter =
          drop && dragged && index === chapters.length - 1 && drop.index === index + 1;
        return (
          <li
            key={chapter.id}
            className={[
              'chapter-row',
              selected ? 'chapter-row--selected' : '',
              dragged === chapter.id ? 'chapter-row--dragged' : '',
              dropBefore ? 'chapter-row--drop-before' : '',
              dropAfter ? 'chapter-row--drop-after' : '',
            ]
              .join(' ')
              .trim()}
            draggable
            onKeyDown={moveKeyHandler((delta) => onMove(chapter.id, delta))}
            onDragStart={(event) => {
              startDrag(event, 'chapter', chapter.id);
              setDragged(chapter.id);
            }}
            onDragOver={(event) => {
              if (!dragged) return;
              event.preventDefault();
              event.dataTransfer.dropEffect = 'move';
              const at = dropIndexAt(event, index);
              if (drop?.index !== at) setDrop({ index: at });
            }}
            onDrop={(event) => {
              event.preventDefault();
              const id = draggedId(event, 'chapter') || dragged;
              if (id) {
                const from = chapters.findIndex((c) => c.id === id);
                onMoveTo(id, dropIndex(from, index, sideOf(event)));
              }
              endDrag();
            }}
            onDragEnd={endDrag}
          >
            <span className="chapter-row__grip" aria-hidden="true" title="Dra for å flytte">
              ⠿
            </span>
            <button
              id={selectButtonId(chapter.id)}
              type="button"
              className="chapter-row__select"
              aria-current={selected ? 'true' : undefined}
              onClick={() => onSelect(chapter.id)}
            >
              <span className="chapter-row__title">
                {index + 1}. {chapter.title.trim() || 'Uten tittel'}
              </span>
              {chapter.title.trim() !== kind && <span className="chapter-row__kind">{kind}</span>}
            </button>
            <span className="chapter-row__moves">
              <button
                id={`${selectButtonId(chapter.id)}-up`}
                type="button"
                className="icon-button"
                aria-label={`Flytt opp: ${label}`}
                aria-disabled={index === 0}
                aria-keyshortcuts="Alt+ArrowUp"
                onClick={() => index > 0 && onMove(chapter.id, -1)}
              >
                <span aria-hidden="true">↑</span>
              </button>
              <button
                id={`${selectButtonId(chapter.id)}-down`}
                type="button"
                className="icon-button"
                aria-label={`Flytt ned: ${label}`}
                aria-disabled={index === chapters.length - 1}
                aria-keyshortcuts="Alt+ArrowDown"
                onClick={() => index < chapters.length - 1 && onMove(chapter.id, 1)}
              >
                <span aria-hidden="true">↓</span>
              </button>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
