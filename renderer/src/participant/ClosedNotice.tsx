import { useId } from 'react';
import {
  ENDED_REASON as ENDED,
  REMOVED_REASON as REMOVED,
} from '#shared/workshop-sync/board-socket';

/** The page's last word when the link has closed for good: said once, plainly. */
export function ClosedNotice({ reason }: { reason: string | null }) {
  const id = useId();
  const heading =
    reason === REMOVED
      ? 'Du er fjernet fra verkstedet'
      : reason === ENDED || reason === null
        ? 'Verkstedet er avsluttet'
        : 'Ikke koblet til verkstedet';
  const text =
    reason === REMOVED
      ? 'Den som leder verkstedet, har tatt deg ut. Ideene dine er tatt bort fra tavla.'
      : reason === ENDED || reason === null
        ? 'Takk for at du var med.'
        : reason;
  return (
    <section className="pv-card pv-closed" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      <p>{text}</p>
    </section>
  );
}
