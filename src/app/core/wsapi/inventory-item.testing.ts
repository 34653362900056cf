import { InventoryItem } from './inventory-item';

/** One item of `/Inventory` as the WSAPI sends it. */
export const MUG_DTO = {
  id: 'item_abc',
  name: 'Ceramic Mug',
  sku: 'RTL-MUG',
  price: 1800,
  currency: 'USD',
  tax_exempt: false,
  active: true,
  stock: 25,
  created_at: '20261101120000',
  updated_at: '20261101120000',
};

/** `MUG_DTO` as the portal reads it. */
export const MUG: InventoryItem = {
  id: 'item_abc',
  name: 'Ceramic Mug',
  sku: 'RTL-MUG',
  price: 1800,
  currency: 'USD',
  taxExempt: false,
  active: true,
  stock: 25,
};
