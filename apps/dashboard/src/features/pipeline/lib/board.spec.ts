import { dropTarget, keyboardMoveOf, keyboardTarget, moveCard, type Board } from './board';

const card = (id: string, stageId: string, position: number, amount = 1000, probability = 10, overridden = false) => ({
  id,
  stageId,
  position,
  amount,
  probability,
  probabilityOverridden: overridden,
  weightedAmount: Math.round((amount * probability) / 100),
});

function board(): Board {
  return {
    columns: [
      { stage: { id: 'lead', kind: 'OPEN', probability: 10 }, count: 2, amount: 3000, weightedAmount: 300, opportunities: [card('a', 'lead', 0), card('b', 'lead', 1, 2000)] },
      { stage: { id: 'prop', kind: 'OPEN', probability: 50 }, count: 1, amount: 4000, weightedAmount: 3600, opportunities: [card('c', 'prop', 0, 4000, 90, true)] },
      { stage: { id: 'won', kind: 'WON', probability: 100 }, count: 0, amount: 0, weightedAmount: 0, opportunities: [] },
      { stage: { id: 'neg', kind: 'OPEN', probability: 75 }, count: 0, amount: 0, weightedAmount: 0, opportunities: [] },
    ],
  };
}

describe('moveCard', () => {
  it('moves a card to another column and keeps totals, positions and the stage probability', () => {
    const next = moveCard(board(), 'a', 'prop', 0);
    expect(next.columns[0].opportunities.map((o) => [o.id, o.position])).toEqual([['b', 0]]);
    expect(next.columns[1].opportunities.map((o) => [o.id, o.position])).toEqual([['a', 0], ['c', 1]]);
    expect(next.columns[0]).toMatchObject({ count: 1, amount: 2000, weightedAmount: 200 });
    expect(next.columns[1]).toMatchObject({ count: 2, amount: 5000, weightedAmount: 3600 + 500 });
    expect(next.columns[1].opportunities[0]).toMatchObject({ stageId: 'prop', probability: 50, weightedAmount: 500 });
  });

  it('keeps an overridden probability', () => {
    const next = moveCard(board(), 'c', 'lead', 9);
    expect(next.columns[0].opportunities.map((o) => o.id)).toEqual(['a', 'b', 'c']);
    expect(next.columns[0].opportunities[2]).toMatchObject({ probability: 90, weightedAmount: 3600, position: 2 });
    expect(next.columns[1]).toMatchObject({ count: 0, amount: 0, weightedAmount: 0 });
  });

  it('reorders within a column and leaves the totals alone', () => {
    const next = moveCard(board(), 'a', 'lead', 1);
    expect(next.columns[0].opportunities.map((o) => [o.id, o.position])).toEqual([['b', 0], ['a', 1]]);
    expect(next.columns[0]).toMatchObject({ count: 2, amount: 3000, weightedAmount: 300 });
  });

  it('returns the same board for a no-op or an unknown card', () => {
    const b = board();
    expect(moveCard(b, 'a', 'lead', 0)).toBe(b);
    expect(moveCard(b, 'zz', 'lead', 0)).toBe(b);
    expect(moveCard(b, 'a', 'nope', 0)).toBe(b);
  });
});

describe('keyboard moves', () => {
  it('maps arrows by direction', () => {
    expect(keyboardMoveOf('ArrowLeft', 'rtl')).toBe('nextStage');
    expect(keyboardMoveOf('ArrowLeft', 'ltr')).toBe('previousStage');
    expect(keyboardMoveOf('ArrowRight', 'rtl')).toBe('previousStage');
    expect(keyboardMoveOf('ArrowDown', 'ltr')).toBe('down');
    expect(keyboardMoveOf('Enter', 'ltr')).toBeNull();
  });

  it('moves up and down within a column, not past its ends', () => {
    expect(keyboardTarget(board(), 'a', 'down')).toEqual({ stageId: 'lead', position: 1 });
    expect(keyboardTarget(board(), 'a', 'up')).toBeNull();
    expect(keyboardTarget(board(), 'b', 'down')).toBeNull();
  });

  it('goes to the next OPEN column, skipping won and lost, keeping the row where it can', () => {
    expect(keyboardTarget(board(), 'b', 'nextStage')).toEqual({ stageId: 'prop', position: 1 });
    expect(keyboardTarget(board(), 'c', 'nextStage')).toEqual({ stageId: 'neg', position: 0 });
    expect(keyboardTarget(board(), 'a', 'previousStage')).toBeNull();
  });
});

describe('dropTarget', () => {
  it('drops at the end of a column', () => {
    expect(dropTarget(board(), 'a', 'column:prop')).toEqual({ stageId: 'prop', position: 1 });
    expect(dropTarget(board(), 'a', 'column:lead')).toEqual({ stageId: 'lead', position: 1 });
  });

  it('drops in the place of the card under the pointer', () => {
    expect(dropTarget(board(), 'a', 'c')).toEqual({ stageId: 'prop', position: 0 });
    expect(dropTarget(board(), 'a', 'b')).toEqual({ stageId: 'lead', position: 1 });
    expect(dropTarget(board(), 'a', 'nothing')).toBeNull();
  });
});
