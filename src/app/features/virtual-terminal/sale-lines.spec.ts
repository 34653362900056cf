import { SaleLine, withItemAdded, withQuantity, withoutLine } from './sale-lines';

describe('sale lines', () => {
  const lines: readonly SaleLine[] = [
    { itemId: 'mug', quantity: 1 },
    { itemId: 'tea', quantity: 3 },
  ];

  it('adds a new item on a new line at the end', () => {
    expect(withItemAdded(lines, 'cake')).toEqual([...lines, { itemId: 'cake', quantity: 1 }]);
  });

  it('adds an item already on the sale to its own line', () => {
    expect(withItemAdded(lines, 'mug')).toEqual([
      { itemId: 'mug', quantity: 2 },
      { itemId: 'tea', quantity: 3 },
    ]);
  });

  it('changes the quantity of one line only', () => {
    expect(withQuantity(lines, 1, 7)).toEqual([
      { itemId: 'mug', quantity: 1 },
      { itemId: 'tea', quantity: 7 },
    ]);
  });

  it('removes one line, keeping the order of the others', () => {
    expect(withoutLine([...lines, { itemId: 'cake', quantity: 1 }], 1)).toEqual([
      { itemId: 'mug', quantity: 1 },
      { itemId: 'cake', quantity: 1 },
    ]);
  });

  it('never changes the lines it is given', () => {
    const before = JSON.stringify(lines);
    withItemAdded(lines, 'mug');
    withQuantity(lines, 0, 5);
    withoutLine(lines, 0);
    expect(JSON.stringify(lines)).toBe(before);
  });
});
