import type { BoardConnection } from '#shared/workshop-sync/board-connection';

const ideas = (n: number) => (n === 1 ? '1 idé venter' : `${n} ideer venter`);

/** Whether the phone is connected, in plain words; read out when it changes. */
export function StatusLine({ link }: { link: BoardConnection }) {
  const { status, unsentIdeas } = link;
  const text =
    status === 'online'
      ? 'Tilkoblet'
      : status === 'offline'
        ? `Frakoblet – ideene dine sendes når nettet er tilbake${unsentIdeas > 0 ? ` (${ideas(unsentIdeas)})` : ''}`
        : status === 'connecting'
          ? 'Kobler til …'
          : 'Ikke tilkoblet';
  return (
    <p className={`pv-status pv-status-${status}`} role="status">
      <span className="pv-status-dot" aria-hidden="true" />
      {text}
    </p>
  );
}
