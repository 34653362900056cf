/** One line of items on a sale: which inventory item, and how many. */
export interface SaleLine {
  readonly itemId: string;
  readonly quantity: number;
}

/** One more of `itemId`: on its line if the sale has one, else on a new line at the end. */
export function withItemAdded(lines: readonly SaleLine[], itemId: string): readonly SaleLine[] {
  const index = lines.findIndex((line) => line.itemId === itemId);
  return index < 0
    ? [...lines, { itemId, quantity: 1 }]
    : lines.map((line, i) => (i === index ? { ...line, quantity: line.quantity + 1 } : line));
}

/** The line at `index` with a new quantity; the others unchanged. */
export function withQuantity(
  lines: readonly SaleLine[],
  index: number,
  quantity: number,
): readonly SaleLine[] {
  return lines.map((line, i) => (i === index ? { ...line, quantity } : line));
}

/** Every line but the one at `index`. */
export function withoutLine(lines: readonly SaleLine[], index: number): readonly SaleLine[] {
  return lines.filter((_line, i) => i !== index);
}
