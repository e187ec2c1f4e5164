import {
  useCallback,
  useLayoutEffect,
  useRef,
  useState,
  type DragEvent,
  type KeyboardEvent,
} from 'react';
import type { Workshop } from '#shared/model/follow-up';
import {
  assignCardOwner,
  boardColumns,
  canPromote,
  captureCard,
  cardsInColumn,
  columnOf,
  editCardText,
  mergeCards,
  moveCard,
  neighbourColumn,
  promoteAcceptedCards,
  sameColumn,
  setCardAccepted,
  toggleCardTargetGroup,
  toggleParked,
  voteCard,
  voteTally,
} from '#shared/plan/workshop-operations';
import { usePlan, usePlanSession, useSessionSnapshot } from '../../state/plan-context';
import type { PlanChange } from '../../state/plan-session';
import { ActionBar } from './ActionBar';
import { BoardCard, CARD_DRAG } from './BoardCard';
import { BoardColumnView } from './BoardColumnView';
import { cardKeyAction, pickIndex, type CardAction } from './board-keys';
import { CaptureBar } from './CaptureBar';
import { columnFromKey, columnKey, columnLabel, workshopScope } from './column-labels';
import { KeyHelp } from './KeyHelp';
import { ownerOptions, shortPartyName, targetGroupOptions } from './owner-options';
import { PickerPanel } from './PickerPanel';
import { RoundTimerView } from './RoundTimerView';
import type { RoundTimerControls } from './use-round-timer';

interface WorkshopBoardProps {
  workshop: Workshop;
  timer: RoundTimerControls;
  fullscreen: boolean;
  onEnterFullscreen: () => void;
  onPresent: () => void;
  onPromoted: () => void;
  onLeave: () => void;
}

type Pending = 'owner' | 'target-group' | null;

const isTextField = (target: EventTarget) =>
  target instanceof HTMLElement && target.matches('input, textarea, select');

/**
 * The workshop board: one column per focus area and a parking lot, quick capture, cards that are
 * edited, moved, merged, voted on and assigned with the mouse or the keys, and promotion of the
 * accepted cards to measures. Every change is one step in the plan's undo history.
 */
export function WorkshopBoard({
  workshop,
  timer,
  fullscreen,
  onEnterFullscreen,
  onPresent,
  onPromoted,
  onLeave,
}: WorkshopBoardProps) {
  const { plan, edit } = usePlan();
  const session = usePlanSession();
  const { canUndo, canRedo } = useSessionSnapshot();
  const columns = boardColumns(plan, workshop);
  const [captureKey, setCaptureKey] = useState(columnKey(columns[0]!));
  const [byVotes, setByVotes] = useState(false);
  const [selected, setSelected] = useState<string[]>([]);
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending>(null);
  const [help, setHelp] = useState(false);
  const [message, setMessage] = useState('');
  const board = useRef<HTMLDivElement>(null);
  const capture = useRef<HTMLInputElement>(null);
  // A card to focus once the change has rendered (it may have moved to another column).
  const focusAfter = useRef<string | null>(null);

  useLayoutEffect(() => {
    capture.current?.focus();
  }, []);

  useLayoutEffect(() => {
    const id = focusAfter.current;
    if (!id) return;
    focusAfter.current = null;
    cardElement(board.current, id)?.focus();
  });

  const lists = columns.map((column) => ({
    column,
    key: columnKey(column),
    label: columnLabel(plan, column),
    cards: cardsInColumn(workshop, column, byVotes),
  }));
  const current = workshop.cards.find((c) => c.id === currentId) ?? null;
  // Roving tabindex per column: Tab goes from column to column, the arrow keys between cards.
  const tabbable = new Set(
    lists.flatMap((l) => {
      const here = l.cards.find((c) => c.id === currentId) ?? l.cards[0];
      return here ? [here.id] : [];
    }),
  );
  const selection = selected.filter((id) =>
    workshop.cards.some((c) => c.id === id && c.measureId === null),
  );
  const acceptedCount = workshop.cards.filter((c) => c.accepted && canPromote(c)).length;
  const tally = voteTally(workshop);
  const owners = ownerOptions(plan);
  const groups = targetGroupOptions(plan);
  const measureCodes = new Map(plan.measures.map((m) => [m.id, m.code]));
  const groupNames = new Map(plan.targetGroups.map((t) => [t.id, t.name.trim()]));

  /** Applies a change; false when it changes nothing. */
  const act = useCallback(
    (change: PlanChange, say?: string, focusId?: string): boolean => {
      if (change(plan) === plan) return false;
      edit(change);
      if (focusId) focusAfter.current = focusId;
      if (say) setMessage((m) => (m === say ? `${say}\u00a0` : say));
      return true;
    },
    [plan, edit],
  );
  const say = (text: string) => setMessage((m) => (m === text ? `${text}\u00a0` : text));
  const id = workshop.id;

  const onCapture = (text: string) => {
    const column = columnFromKey(captureKey);
    act((p) => captureCard(p, id, text, column), `Kort lagt til i ${columnLabel(plan, column)}.`);
  };

  const moveSideways = (cardId: string, direction: -1 | 1, focus: boolean) => {
    const card = workshop.cards.find((c) => c.id === cardId);
    if (!card) return;
    const to = neighbourColumn(plan, workshop, card, direction);
    if (!to) return;
    act(
      (p) => moveCard(p, id, cardId, to),
      `Flyttet til ${columnLabel(plan, to)}.`,
      focus ? cardId : undefined,
    );
  };

  const park = (cardId: string, focus: boolean) => {
    const card = workshop.cards.find((c) => c.id === cardId);
    if (!card) return;
    act(
      (p) => toggleParked(p, id, cardId),
      card.parked ? 'Kortet er hentet tilbake.' : 'Kortet er parkert.',
      focus ? cardId : undefined,
    );
  };

  const accept = (cardId: string) => {
    const card = workshop.cards.find((c) => c.id === cardId);
    if (!card) return;
    if (!card.accepted && !canPromote(card)) {
      say(
        card.measureId
          ? 'Kortet er allerede et tiltak.'
          : 'Et parkert kort kan ikke bli tiltak. Hent det tilbake først.',
      );
      return;
    }
    act(
      (p) => setCardAccepted(p, id, cardId, !card.accepted),
      card.accepted ? 'Kortet er ikke lenger godtatt.' : 'Kortet er godtatt som tiltak.',
    );
  };

  const toggleSelect = useCallback((cardId: string) => {
    setSelected((list) =>
      list.includes(cardId) ? list.filter((x) => x !== cardId) : [...list, cardId].slice(-2),
    );
  }, []);

  const merge = () => {
    if (selection.length !== 2) {
      say('Velg to kort med mellomrom eller «Velg» for å slå dem sammen.');
      return;
    }
    const [into, other] = selection as [string, string];
    if (act((p) => mergeCards(p, id, into, other), 'Kortene er slått sammen.', into)) {
      setSelected([]);
      setCurrentId(into);
    }
  };

  const promote = () => {
    if (acceptedCount === 0) {
      say('Godta kortene som skal bli tiltak først (G eller «Godta»).');
      return;
    }
    if (act((p) => promoteAcceptedCards(p, id))) onPromoted();
  };

  const pick = (key: string) => {
    if (!current) return;
    const index = pickIndex(key);
    if (pending === 'owner') {
      const option = owners[index];
      if (option) {
        act((p) => assignCardOwner(p, id, current.id, option.value), `Ansvarlig: ${option.label}.`);
      } else say(`Ingen i listen har tasten ${key.toUpperCase()}.`);
    } else if (pending === 'target-group') {
      const option = groups[index];
      if (option) {
        const had = current.targetGroupIds.includes(option.value);
        act(
          (p) => toggleCardTargetGroup(p, id, current.id, option.value),
          `${had ? 'Tok bort' : 'Målgruppe'}: ${option.label}.`,
        );
      } else say(`Ingen i listen har tasten ${key.toUpperCase()}.`);
    }
    setPending(null);
  };

  const onDropCard = (event: DragEvent, key: string) => {
    const cardId = event.dataTransfer.getData(CARD_DRAG);
    // A drop on a card has been placed already (before or after that card).
    if (!cardId || event.defaultPrevented) return;
    event.preventDefault();
    const to = columnFromKey(key);
    act((p) => moveCard(p, id, cardId, to), `Flyttet til ${columnLabel(plan, to)}.`);
  };

  const onDropBefore = (event: DragEvent, targetId: string) => {
    const cardId = event.dataTransfer.getData(CARD_DRAG);
    const target = workshop.cards.find((c) => c.id === targetId);
    if (!cardId || !target) return;
    event.preventDefault();
    const column = columnOf(target);
    const list = lists.find((l) => sameColumn(l.column, column))!.cards;
    const rect = event.currentTarget.getBoundingClientRect();
    const upper = event.clientY < rect.top + rect.height / 2;
    const after = list[list.findIndex((c) => c.id === targetId) + 1]?.id ?? null;
    const before = byVotes ? null : upper ? targetId : after;
    act(
      (p) => moveCard(p, id, cardId, column, before === cardId ? after : before),
      `Flyttet til ${columnLabel(plan, column)}.`,
    );
  };

  const focusNeighbour = (action: CardAction, cardId: string) => {
    const ci = lists.findIndex((l) => l.cards.some((c) => c.id === cardId));
    const cards = lists[ci]?.cards ?? [];
    const ri = cards.findIndex((c) => c.id === cardId);
    let target: string | undefined;
    if (action === 'focus-up') target = cards[ri - 1]?.id;
    else if (action === 'focus-down') target = cards[ri + 1]?.id;
    else if (action === 'focus-first') target = cards[0]?.id;
    else if (action === 'focus-last') target = cards[cards.length - 1]?.id;
    else {
      const step = action === 'focus-left' ? -1 : 1;
      for (let c = ci + step; c >= 0 && c < lists.length; c += step) {
        const other = lists[c]!.cards;
        if (other.length) {
          target = other[Math.min(ri, other.length - 1)]!.id;
          break;
        }
      }
    }
    if (target) cardElement(board.current, target)?.focus();
  };

  const moveWithin = (cardId: string, direction: -1 | 1) => {
    if (byVotes) {
      say('Kortene er sortert etter stemmer. Slå av sorteringen for å flytte dem opp og ned.');
      return;
    }
    const card = workshop.cards.find((c) => c.id === cardId)!;
    const cards = lists.find((l) => sameColumn(l.column, columnOf(card)))!.cards;
    const ri = cards.findIndex((c) => c.id === cardId);
    if (direction === -1 && ri > 0) {
      act((p) => moveCard(p, id, cardId, columnOf(card), cards[ri - 1]!.id), undefined, cardId);
    } else if (direction === 1 && ri < cards.length - 1) {
      const before = cards[ri + 2]?.id ?? null;
      act((p) => moveCard(p, id, cardId, columnOf(card), before), undefined, cardId);
    }
  };

  const runCardAction = (action: CardAction, cardId: string) => {
    switch (action) {
      case 'focus-up':
      case 'focus-down':
      case 'focus-left':
      case 'focus-right':
      case 'focus-first':
      case 'focus-last':
        return focusNeighbour(action, cardId);
      case 'move-left':
        return moveSideways(cardId, -1, true);
      case 'move-right':
        return moveSideways(cardId, 1, true);
      case 'move-up':
        return moveWithin(cardId, -1);
      case 'move-down':
        return moveWithin(cardId, 1);
      case 'edit':
        if (workshop.cards.find((c) => c.id === cardId)?.measureId) {
          say('Kortet er et tiltak nå. Endre det under Satsningsområder og tiltak.');
        } else setEditingId(cardId);
        return;
      case 'vote-up':
        return void act((p) => voteCard(p, id, cardId, 1));
      case 'vote-down':
        return void act((p) => voteCard(p, id, cardId, -1));
      case 'select':
        return toggleSelect(cardId);
      case 'park':
        return park(cardId, true);
      case 'accept':
        return accept(cardId);
      case 'owner':
        return setPending('owner');
      case 'target-group':
        return setPending('target-group');
      case 'merge':
        return merge();
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.defaultPrevented) return;
    if (pending) {
      if (isTextField(event.target)) {
        setPending(null);
        return;
      }
      if (['Shift', 'Alt', 'Control', 'Meta', 'AltGraph'].includes(event.key)) return;
      if (event.ctrlKey || event.metaKey) return;
      event.preventDefault();
      if (event.key === 'Escape') setPending(null);
      else if (pending === 'owner' && (event.key === 'Delete' || event.key === 'Backspace')) {
        if (current) act((p) => assignCardOwner(p, id, current.id, null), 'Ingen ansvarlig.');
        setPending(null);
      } else pick(event.key);
      return;
    }
    if (isTextField(event.target)) return;
    if (event.key === 'Escape' && help) {
      event.preventDefault();
      setHelp(false);
      return;
    }
    const cardId =
      event.target instanceof HTMLElement && event.target.dataset.cardId
        ? event.target.dataset.cardId
        : null;
    if (cardId) {
      const action = cardKeyAction(event);
      if (action) {
        event.preventDefault();
        runCardAction(action, cardId);
        return;
      }
    }
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const key = event.key.toLowerCase();
    if (key === 'n') {
      event.preventDefault();
      capture.current?.focus();
    } else if (key === 't') {
      event.preventDefault();
      timer.toggle();
    } else if (key === '?') {
      event.preventDefault();
      setHelp((h) => !h);
    }
  };

  const onFocusCard = useCallback((cardId: string) => setCurrentId(cardId), []);
  const onVote = useCallback(
    (cardId: string, delta: 1 | -1) => act((p) => voteCard(p, id, cardId, delta)),
    [act, id],
  );
  const onSaveText = useCallback(
    (cardId: string, text: string) => act((p) => editCardText(p, id, cardId, text)),
    [act, id],
  );
  const onStopEditing = (cardId: string) => {
    setEditingId(null);
    focusAfter.current = cardId;
  };

  const currentColumnIndex = current
    ? columns.findIndex((c) => sameColumn(c, columnOf(current)))
    : -1;

  return (
    <div className="ws-board" ref={board} onKeyDown={onKeyDown}>
      <header className="ws-topbar">
        <div className="ws-topbar__title">
          <h1 className="ws-title" tabIndex={-1}>
            {workshop.title || 'Verksted'}
          </h1>
          <p className="ws-subtitle">{workshopScope(plan, workshop)}</p>
        </div>
        <p className="ws-tally">
          <span className="ws-tally__label">Stemmer</span>{' '}
          <span className="ws-tally__value">
            {tally.cast}
            {tally.available !== null && ` av ${tally.available}`}
          </span>
          {tally.available !== null && tally.cast > tally.available && (
            <span className="ws-tally__over"> ({tally.cast - tally.available} for mange)</span>
          )}
        </p>
        <RoundTimerView timer={timer} />
        <div className="ws-topbar__actions">
          <button
            type="button"
            className="ws-button ws-button--quiet"
            aria-disabled={!canUndo}
            aria-keyshortcuts="Control+Z"
            onClick={() => canUndo && session.undo()}
          >
            Angre
          </button>
          {canRedo && (
            <button
              type="button"
              className="ws-button ws-button--quiet"
              aria-keyshortcuts="Control+Shift+Z"
              onClick={() => session.redo()}
            >
              Gjør om
            </button>
          )}
          {!fullscreen && (
            <button
              type="button"
              className="ws-button ws-button--quiet"
              onClick={onEnterFullscreen}
            >
              Fullskjerm
            </button>
          )}
          <button type="button" className="ws-button" aria-keyshortcuts="Escape" onClick={onLeave}>
            Avslutt
          </button>
        </div>
      </header>

      <div className="ws-capture-row">
        <CaptureBar
          inputRef={capture}
          columns={lists.map((l) => ({ key: l.key, label: l.label }))}
          columnKey={captureKey}
          onColumnChange={setCaptureKey}
          onCapture={onCapture}
        />
        <div className="ws-capture-row__tools">
          <button
            type="button"
            className="ws-button ws-button--quiet"
            aria-pressed={byVotes}
            onClick={() => setByVotes((v) => !v)}
          >
            Sorter etter stemmer
          </button>
          <button
            type="button"
            className="ws-button ws-button--quiet"
            aria-expanded={help}
            aria-keyshortcuts="?"
            onClick={() => setHelp((h) => !h)}
          >
            Hurtigtaster
          </button>
          <button type="button" className="ws-button ws-button--quiet" onClick={onPresent}>
            Presentasjon
          </button>
        </div>
      </div>

      <div className="ws-columns" style={{ ['--ws-column-count' as string]: lists.length }}>
        {lists.map((list) => (
          <BoardColumnView
            key={list.key}
            columnKey={list.key}
            label={list.label}
            parking={list.column.kind === 'parking'}
            cardCount={list.cards.length}
            voteCount={list.cards.reduce((s, c) => s + c.votes, 0)}
            capturing={list.key === captureKey}
            onDropCard={onDropCard}
          >
            {list.cards.map((card) => (
              <BoardCard
                key={card.id}
                card={card}
                ownerName={shortPartyName(plan, card.owner)}
                groupNames={card.targetGroupIds.map((g) => groupNames.get(g) ?? '')}
                measureCode={card.measureId ? (measureCodes.get(card.measureId) ?? null) : null}
                current={tabbable.has(card.id)}
                active={card.id === currentId}
                selected={selection.includes(card.id)}
                editing={card.id === editingId}
                onFocusCard={onFocusCard}
                onVote={onVote}
                onToggleSelect={toggleSelect}
                onSaveText={onSaveText}
                onStopEditing={onStopEditing}
                onStartEditing={setEditingId}
                onDropBefore={onDropBefore}
              />
            ))}
          </BoardColumnView>
        ))}
      </div>

      {pending === 'owner' && current && (
        <PickerPanel
          title={`Ansvarlig for «${current.text.split('\n')[0]}»`}
          hint="Trykk tasten ved navnet. Delete fjerner ansvarlig, Esc avbryter."
          options={owners}
          isChosen={(value) => current.owner?.kind === value.kind && current.owner.id === value.id}
          onPick={(value) => pick(owners.find((o) => o.value === value)?.key ?? '')}
          onClear={() => {
            act((p) => assignCardOwner(p, id, current.id, null), 'Ingen ansvarlig.');
            setPending(null);
          }}
          onCancel={() => setPending(null)}
        />
      )}
      {pending === 'target-group' && current && (
        <PickerPanel
          title={`Målgruppe for «${current.text.split('\n')[0]}»`}
          hint="Trykk tasten ved målgruppen for å legge den til eller ta den bort. Esc avbryter."
          options={groups}
          isChosen={(value) => current.targetGroupIds.includes(value)}
          onPick={(value) => pick(groups.find((o) => o.value === value)?.key ?? '')}
          onCancel={() => setPending(null)}
        />
      )}
      {help && <KeyHelp onClose={() => setHelp(false)} />}

      <ActionBar
        card={current}
        canMoveLeft={currentColumnIndex > 0}
        canMoveRight={currentColumnIndex >= 0 && currentColumnIndex < columns.length - 1}
        selectedCount={selection.length}
        acceptedCount={acceptedCount}
        onMove={(direction) => current && moveSideways(current.id, direction, false)}
        onEdit={() => current && setEditingId(current.id)}
        onPark={() => current && park(current.id, false)}
        onOwner={() => setPending('owner')}
        onTargetGroup={() => setPending('target-group')}
        onAccept={() => current && accept(current.id)}
        onMerge={merge}
        onPromote={promote}
      />
      <p className="visually-hidden" role="status">
        {message}
      </p>
    </div>
  );
}

function cardElement(root: HTMLElement | null, id: string): HTMLElement | null {
  return root?.querySelector<HTMLElement>(`[data-card-id="${CSS.escape(id)}"]`) ?? null;
}
