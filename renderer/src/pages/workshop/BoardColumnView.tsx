import type { ReactNode } from 'react';
import { useDropSpot } from '../../components/sortable/use-drop-spot';

interface BoardColumnViewProps {
  columnKey: string;
  label: string;
  parking: boolean;
  cardCount: number;
  voteCount: number;
  /** The column the quick-capture field writes into. */
  capturing: boolean;
  /** A card was dropped on the column, not on one of its cards: it goes last. */
  onDropCard: (cardId: string, columnKey: string) => void;
  children: ReactNode;
}

/** One column of the board: a focus area or the parking lot, and a drop target for cards. */
export function BoardColumnView({
  columnKey,
  label,
  parking,
  cardCount,
  voteCount,
  capturing,
  onDropCard,
  children,
}: BoardColumnViewProps) {
  const { spot, dropProps } = useDropSpot({
    kinds: ['card'],
    spotAt: () => 'column',
    onDrop: (cardId) => onDropCard(cardId, columnKey),
  });
  const over = spot !== null;
  const headingId = `ws-column-${columnKey}`;
  const classes = [
    'ws-column',
    parking && 'ws-column--parking',
    over && 'ws-column--drop',
    cardCount === 0 && 'ws-column--empty',
    capturing && 'ws-column--capturing',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <section className={classes} aria-labelledby={headingId} data-column={columnKey} {...dropProps}>
      <header className="ws-column__header">
        <h2 id={headingId} className="ws-column__title">
          {label}
        </h2>
        <p className="ws-column__count">
          {cardCount === 1 ? '1 kort' : `${cardCount} kort`}
          {voteCount > 0 && ` · ${voteCount === 1 ? '1 stemme' : `${voteCount} stemmer`}`}
        </p>
      </header>
      {cardCount === 0 ? (
        <p className="ws-column__empty">
          {parking ? 'Ideer dere tar senere havner her.' : 'Ingen kort ennå.'}
        </p>
      ) : (
        <ul className="ws-column__cards" aria-labelledby={headingId}>
          {children}
        </ul>
      )}
    </section>
  );
}
