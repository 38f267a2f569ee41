/** Pure kanban logic: moving a deal (optimistic board), keyboard moves and drop targets. */

export interface BoardStage {
  id: string;
  kind: string; // 'OPEN' | 'WON' | 'LOST'
  probability: number;
}

export interface BoardCard {
  id: string;
  stageId: string;
  position: number;
  amount: number;
  probability: number;
  probabilityOverridden: boolean;
  weightedAmount: number;
}

export interface BoardColumn<S extends BoardStage = BoardStage, C extends BoardCard = BoardCard> {
  stage: S;
  count: number;
  amount: number;
  weightedAmount: number;
  opportunities: C[];
}

export interface Board<S extends BoardStage = BoardStage, C extends BoardCard = BoardCard> {
  columns: Array<BoardColumn<S, C>>;
}

export interface CardPlace {
  stageId: string;
  position: number;
}

const weighted = (amount: number, probability: number) => Math.round((amount * probability) / 100);

/** Where a card sits now, or null when it is not on the board. */
export function placeOf(board: Board, id: string): (CardPlace & { columnIndex: number }) | null {
  for (let columnIndex = 0; columnIndex < board.columns.length; columnIndex++) {
    const column = board.columns[columnIndex];
    const position = column.opportunities.findIndex((o) => o.id === id);
    if (position >= 0) return { stageId: column.stage.id, position, columnIndex };
  }
  return null;
}

/**
 * The board after moving card `id` to `position` (0-based, clamped) of stage `stageId`, with positions, counts,
 * amounts and weighted amounts kept right (a deal that follows its stage takes the new stage's probability).
 * Returns the same board when the card or the stage is unknown or nothing changes.
 */
export function moveCard<B extends Board>(board: B, id: string, stageId: string, position: number): B {
  const from = placeOf(board, id);
  const toIndex = board.columns.findIndex((c) => c.stage.id === stageId);
  if (!from || toIndex < 0) return board;
  const card = board.columns[from.columnIndex].opportunities[from.position];
  const target = board.columns[toIndex];
  const sameColumn = from.columnIndex === toIndex;
  const targetLength = target.opportunities.length - (sameColumn ? 1 : 0);
  const place = Math.max(0, Math.min(position, targetLength));
  if (sameColumn && place === from.position) return board;

  const probability = card.probabilityOverridden ? card.probability : target.stage.probability;
  const moved = { ...card, stageId, probability, weightedAmount: weighted(card.amount, probability) };
  const columns = board.columns.map((column, index) => {
    if (index !== from.columnIndex && index !== toIndex) return column;
    let cards = column.opportunities.filter((o) => o.id !== id);
    if (index === toIndex) cards = [...cards.slice(0, place), moved, ...cards.slice(place)];
    const delta = (index === toIndex ? 1 : 0) - (index === from.columnIndex ? 1 : 0);
    const amountDelta = delta * card.amount;
    const weightedDelta = (index === toIndex ? moved.weightedAmount : 0) - (index === from.columnIndex ? card.weightedAmount : 0);
    return {
      ...column,
      count: column.count + delta,
      amount: column.amount + amountDelta,
      weightedAmount: column.weightedAmount + weightedDelta,
      opportunities: cards.map((o, i) => (o.position === i ? o : { ...o, position: i })),
    };
  });
  return { ...board, columns };
}

export type KeyboardMove = 'up' | 'down' | 'previousStage' | 'nextStage';

/**
 * The place a keyboard move takes an open deal to: up/down within its column, or the same row of the previous/next
 * OPEN column (won and lost have their own actions). Null when the move is not possible.
 */
export function keyboardTarget(board: Board, id: string, move: KeyboardMove): CardPlace | null {
  const from = placeOf(board, id);
  if (!from || board.columns[from.columnIndex].stage.kind !== 'OPEN') return null;
  const column = board.columns[from.columnIndex];
  if (move === 'up') return from.position > 0 ? { stageId: from.stageId, position: from.position - 1 } : null;
  if (move === 'down') return from.position < column.opportunities.length - 1 ? { stageId: from.stageId, position: from.position + 1 } : null;
  const step = move === 'nextStage' ? 1 : -1;
  for (let i = from.columnIndex + step; i >= 0 && i < board.columns.length; i += step) {
    const next = board.columns[i];
    if (next.stage.kind === 'OPEN') return { stageId: next.stage.id, position: Math.min(from.position, next.opportunities.length) };
  }
  return null;
}

/**
 * Which keyboard move a key press means. Alt + arrows: up/down in the column; left/right go to the column on that
 * side, which in a right-to-left board is the next stage for the left arrow.
 */
export function keyboardMoveOf(key: string, dir: 'rtl' | 'ltr'): KeyboardMove | null {
  if (key === 'ArrowUp') return 'up';
  if (key === 'ArrowDown') return 'down';
  if (key === 'ArrowLeft') return dir === 'rtl' ? 'nextStage' : 'previousStage';
  if (key === 'ArrowRight') return dir === 'rtl' ? 'previousStage' : 'nextStage';
  return null;
}

export const COLUMN_PREFIX = 'column:';

/**
 * Where a dragged card lands: dropped on a column (its droppable id is `column:<stageId>`) → the end of it; dropped
 * on a card → that card's place (taken over when moving down within a column, so the card ends below it).
 */
export function dropTarget(board: Board, activeId: string, overId: string): CardPlace | null {
  if (overId.startsWith(COLUMN_PREFIX)) {
    const stageId = overId.slice(COLUMN_PREFIX.length);
    const column = board.columns.find((c) => c.stage.id === stageId);
    if (!column) return null;
    const from = placeOf(board, activeId);
    const length = column.opportunities.length - (from?.stageId === stageId ? 1 : 0);
    return { stageId, position: length };
  }
  const over = placeOf(board, overId);
  if (!over) return null;
  return { stageId: over.stageId, position: over.position };
}
