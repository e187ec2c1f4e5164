import { partyName } from '#shared/model/party-name';
import { useCallback, useLayoutEffect, useReducer, useRef, type KeyboardEvent } from 'react';
import type { Workshop } from '#shared/model/workshop';
import {
  assignCardOwner,
  boardColumns,
  canPromote,
  captureCard,
  captureColumns,
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
} from '#shared/plan/workshop-operations';
import type { DropSide } from '../../components/sortable/drop-position';
import { usePlan } from '../../state/plan-context';
import type { PlanChange } from '../../state/plan-session';
import { ActionBar } from './ActionBar';
import { BoardCard } from './BoardCard';
import { BoardColumnView } from './BoardColumnView';
import { BoardTopBar } from './BoardTopBar';
import { pickIndex, type CardAction } from './board-keys';
import {
  boardKeyCommand,
  dropBefore,
  neighbourCard,
  stepBefore,
  tabbableCards,
  type BoardCommand,
  type FocusAction,
} from './board-navigation';
import { boardReducer, initialBoardState, type Pending } from './board-state';
import { CaptureBar } from './CaptureBar';
import { columnFromKey, columnKey, columnLabel, workshopScope } from './column-labels';
import { KeyHelp } from './KeyHelp';
import { ownerOptions, targetGroupOptions } from './owner-options';
import { PickerPanel } from './PickerPanel';
import { whyNotPromotable } from './promote-messages';
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
  const columns = boardColumns(plan, workshop);
  const [state, dispatch] = useReducer(boardReducer, columnKey(columns[0]!), initialBoardState);
  const { captureKey, byVotes, selected, currentId, editingId, pending, help, message } = state;
  const setPending = (next: Pending) => dispatch({ type: 'pending', pending: next });
  const setEditingId = useCallback(
    (cardId: string | null) => dispatch({ type: 'edit', cardId }),
    [],
  );
  const setHelp = (open: boolean | 'toggle') => dispatch({ type: 'help', open });
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
  const tabbable = tabbableCards(
    lists.map((l) => l.cards),
    currentId,
  );
  const selection = selected.filter((id) =>
    workshop.cards.some((c) => c.id === id && c.measureId === null),
  );
  const acceptedCount = workshop.cards.filter((c) => c.accepted && canPromote(c)).length;
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
      if (say) dispatch({ type: 'say', text: say });
      return true;
    },
    [plan, edit],
  );
  const say = (text: string) => dispatch({ type: 'say', text });
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
    const why = whyNotPromotable(card);
    if (!card.accepted && why !== null) {
      say(why);
      return;
    }
    act(
      (p) => setCardAccepted(p, id, cardId, !card.accepted),
      card.accepted ? 'Kortet er ikke lenger godtatt.' : 'Kortet er godtatt som tiltak.',
    );
  };

  const toggleSelect = useCallback(
    (cardId: string) => dispatch({ type: 'toggle-select', cardId }),
    [],
  );

  const merge = () => {
    if (selection.length !== 2) {
      say('Velg to kort med mellomrom eller «Velg» for å slå dem sammen.');
      return;
    }
    const [into, other] = selection as [string, string];
    if (act((p) => mergeCards(p, id, into, other), 'Kortene er slått sammen.', into)) {
      dispatch({ type: 'merged', into });
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

  const onDropCard = (cardId: string, key: string) => {
    const to = columnFromKey(key);
    act((p) => moveCard(p, id, cardId, to), `Flyttet til ${columnLabel(plan, to)}.`);
  };

  const onDropOnCard = (cardId: string, targetId: string, side: DropSide) => {
    const target = workshop.cards.find((c) => c.id === targetId);
    if (!target) return;
    const column = columnOf(target);
    const list = lists.find((l) => sameColumn(l.column, column))!.cards;
    act(
      (p) => moveCard(p, id, cardId, column, dropBefore(list, cardId, targetId, side, byVotes)),
      `Flyttet til ${columnLabel(plan, column)}.`,
    );
  };

  const focusNeighbour = (action: FocusAction, cardId: string) => {
    const target = neighbourCard(
      lists.map((l) => l.cards),
      cardId,
      action,
    );
    if (target) cardElement(board.current, target)?.focus();
  };

  const moveWithin = (cardId: string, direction: -1 | 1) => {
    if (byVotes) {
      say('Kortene er sortert etter stemmer. Slå av sorteringen for å flytte dem opp og ned.');
      return;
    }
    const card = workshop.cards.find((c) => c.id === cardId)!;
    const cards = lists.find((l) => sameColumn(l.column, columnOf(card)))!.cards;
    const before = stepBefore(cards, cardId, direction);
    if (before !== undefined) {
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

  const runCommand = (command: BoardCommand) => {
    switch (command.do) {
      case 'leave-pick':
      case 'cancel-pick':
        return setPending(null);
      case 'clear-owner':
        if (current) act((p) => assignCardOwner(p, id, current.id, null), 'Ingen ansvarlig.');
        return setPending(null);
      case 'pick':
        return pick(command.key);
      case 'close-help':
        return setHelp(false);
      case 'card':
        return runCardAction(command.action, command.cardId);
      case 'capture':
        return capture.current?.focus();
      case 'timer':
        return timer.toggle();
      case 'toggle-help':
        return setHelp('toggle');
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.defaultPrevented) return;
    const target = event.target;
    const command = boardKeyCommand(event, {
      pending,
      help,
      inTextField: isTextField(target),
      cardId: target instanceof HTMLElement ? (target.dataset.cardId ?? null) : null,
    });
    if (!command) return;
    if (command.do !== 'leave-pick') event.preventDefault();
    runCommand(command);
  };

  const onFocusCard = useCallback((cardId: string) => dispatch({ type: 'focused', cardId }), []);
  const onVote = useCallback(
    (cardId: string, delta: 1 | -1) => act((p) => voteCard(p, id, cardId, delta)),
    [act, id],
  );
  const onSaveText = useCallback(
    (cardId: string, text: string) => act((p) => editCardText(p, id, cardId, text)),
    [act, id],
  );
  const onStopEditing = (cardId: string) => {
    dispatch({ type: 'edit', cardId: null });
    focusAfter.current = cardId;
  };

  const currentColumnIndex = current
    ? columns.findIndex((c) => sameColumn(c, columnOf(current)))
    : -1;

  return (
    <div className="ws-board" ref={board} onKeyDown={onKeyDown}>
      <BoardTopBar
        workshop={workshop}
        scope={workshopScope(plan, workshop)}
        timer={timer}
        fullscreen={fullscreen}
        onEnterFullscreen={onEnterFullscreen}
        onLeave={onLeave}
      />

      <div className="ws-capture-row">
        <CaptureBar
          inputRef={capture}
          columns={captureColumns(plan, workshop).map((c) => ({
            key: columnKey(c),
            label: columnLabel(plan, c),
          }))}
          columnKey={captureKey}
          onColumnChange={(key) => dispatch({ type: 'capture-column', key })}
          onCapture={onCapture}
        />
        <div className="ws-capture-row__tools">
          <button
            type="button"
            className="ws-button ws-button--quiet"
            aria-pressed={byVotes}
            onClick={() => dispatch({ type: 'toggle-sort' })}
          >
            Sorter etter stemmer
          </button>
          <button
            type="button"
            className="ws-button ws-button--quiet"
            aria-expanded={help}
            aria-keyshortcuts="?"
            onClick={() => setHelp('toggle')}
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
                ownerName={partyName(plan, card.owner, 'short')}
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
                onDropOnCard={onDropOnCard}
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
