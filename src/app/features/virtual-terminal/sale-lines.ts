import { signal } from '@angular/core';

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

/**
 * The item lines of the sale being typed, in the order they were added. `changed` runs after
 * each change (the amount's rule depends on whether the sale has items).
 */
export class SaleItemLines {
  private readonly state = signal<readonly SaleLine[]>([]);
  readonly lines = this.state.asReadonly();

  constructor(private readonly changed: () => void) {}

  add(itemId: string): void {
    this.set(withItemAdded(this.lines(), itemId));
  }

  changeQuantity({ index, quantity }: { index: number; quantity: number }): void {
    this.set(withQuantity(this.lines(), index, quantity));
  }

  remove(index: number): void {
    this.set(withoutLine(this.lines(), index));
  }

  clear(): void {
    this.state.set([]);
  }

  private set(lines: readonly SaleLine[]): void {
    this.state.set(lines);
    this.changed();
  }
}
