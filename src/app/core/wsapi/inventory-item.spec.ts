import { toInventoryItem } from './inventory-item';
import { MUG, MUG_DTO } from './inventory-item.testing';

describe('toInventoryItem', () => {
  it('reads an item as sent, dropping what the portal does not use', () => {
    expect(toInventoryItem(MUG_DTO)).toEqual(MUG);
  });

  it('reads a missing active as active, and a missing or null stock as untracked', () => {
    const rest: Record<string, unknown> = { ...MUG_DTO };
    delete rest['active'];
    delete rest['stock'];
    expect(toInventoryItem(rest)).toEqual({ ...MUG, active: true, stock: null });
    expect(toInventoryItem({ ...MUG_DTO, stock: null }).stock).toBeNull();
    expect(toInventoryItem({ ...MUG_DTO, active: false }).active).toBeFalse();
  });

  it('never reads a malformed stock as untracked (that would sell without limit)', () => {
    expect(toInventoryItem({ ...MUG_DTO, stock: 'lots' }).stock).toBe(0);
    expect(toInventoryItem({ ...MUG_DTO, stock: -3 }).stock).toBe(0);
    expect(toInventoryItem({ ...MUG_DTO, stock: '7' }).stock).toBe(7);
  });

  it('reads a malformed price as 0 and a missing currency as USD', () => {
    expect(toInventoryItem({ ...MUG_DTO, price: 12.5, currency: 7 })).toEqual({
      ...MUG,
      price: 0,
      currency: 'USD',
    });
    expect(toInventoryItem({ ...MUG_DTO, price: -100 }).price).toBe(0);
  });

  it('reads anything that is not an object as an empty item', () => {
    expect(toInventoryItem(null)).toEqual({
      id: '',
      name: '',
      sku: '',
      price: 0,
      currency: 'USD',
      taxExempt: false,
      active: true,
      stock: null,
    });
  });
});
