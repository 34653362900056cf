/**
 * Demo catalogue and receipt settings for the merchants with a seeded history. Prices in minor
 * units; `stock: null` = not tracked (made to order, services, gift cards).
 */
export interface SeedItem {
  name: string;
  sku: string;
  price: number;
  taxExempt?: boolean;
  active?: boolean;
  stock: number | null;
}

export interface SeedHistory {
  organizationId: string;
  /** The user who rang the sales up. */
  userName: string;
  /** Thousandths of a percent (8.25 % = 8250). */
  taxRate: number;
  /** Sales per day: `min` + 0..`spread`-1, plus `weekendExtra` on Saturdays and Sundays. */
  perDay: { min: number; spread: number; weekendExtra: number };
  /** Opening hours in UTC (sales fall between `open` and `close`, hours after UTC midnight). */
  hoursUtc: { open: number; close: number };
  items: readonly SeedItem[];
  receiptSettings: { header: string; footer: string };
  prngSeed: number;
}

/** [sandbox design] How far back the seeded history goes. */
export const SEED_HISTORY_DAYS = 90;

export const DEMO_MERCHANT_ITEMS: readonly SeedItem[] = [
  { name: 'Drip Coffee (Small)', sku: 'COF-DRP-S', price: 225, stock: null },
  { name: 'Drip Coffee (Large)', sku: 'COF-DRP-L', price: 295, stock: null },
  { name: 'Espresso', sku: 'ESP-SGL', price: 275, stock: null },
  { name: 'Cappuccino', sku: 'CAP-12', price: 425, stock: null },
  { name: 'Caffè Latte', sku: 'LAT-12', price: 450, stock: null },
  { name: 'Mocha', sku: 'MOC-12', price: 495, stock: null },
  { name: 'Chai Latte', sku: 'CHA-12', price: 475, stock: null },
  { name: 'Cold Brew', sku: 'CLD-16', price: 450, stock: null },
  { name: 'Hot Chocolate', sku: 'HOT-12', price: 375, stock: null },
  { name: 'Iced Tea', sku: 'TEA-ICE', price: 325, stock: null },
  { name: 'Butter Croissant', sku: 'BAK-CRS', price: 350, stock: 24 },
  { name: 'Blueberry Muffin', sku: 'BAK-MUF', price: 325, stock: 18 },
  { name: 'Cinnamon Roll', sku: 'BAK-CIN', price: 395, stock: 12 },
  { name: 'Everything Bagel', sku: 'BAK-BGL', price: 250, stock: 20 },
  { name: 'Chocolate Chip Cookie', sku: 'BAK-CKE', price: 195, stock: 36 },
  { name: 'Turkey Sandwich', sku: 'FD-TKY', price: 895, stock: 10 },
  { name: 'Caprese Panini', sku: 'FD-CAP', price: 925, stock: 8 },
  { name: 'Garden Salad', sku: 'FD-SAL', price: 795, stock: 6 },
  { name: 'Bottled Water', sku: 'BEV-WTR', price: 150, stock: 48 },
  { name: 'Orange Juice', sku: 'BEV-OJ', price: 395, stock: 15 },
  { name: 'House Blend Beans 12 oz', sku: 'RTL-HB12', price: 1495, taxExempt: true, stock: 30 },
  { name: 'Decaf Beans 12 oz', sku: 'RTL-DC12', price: 1595, taxExempt: true, stock: 14 },
  { name: 'Ceramic Mug', sku: 'RTL-MUG', price: 1800, stock: 25 },
  { name: 'Travel Tumbler', sku: 'RTL-TMB', price: 2800, stock: 12 },
  { name: 'Logo T-Shirt', sku: 'RTL-TSH', price: 2200, stock: 20 },
  { name: 'Tote Bag', sku: 'RTL-TOT', price: 1500, stock: 15 },
  { name: 'Pour-Over Kit', sku: 'RTL-POK', price: 3495, stock: 5 },
  { name: 'Gift Card $25', sku: 'GFT-25', price: 2500, taxExempt: true, stock: null },
  { name: 'Catering Box (Serves 10)', sku: 'CAT-BOX', price: 6500, stock: null },
  { name: 'Pumpkin Loaf (Seasonal)', sku: 'BAK-PMP', price: 375, active: false, stock: 0 },
];

export const CANADIAN_MERCHANT_ITEMS: readonly SeedItem[] = [
  { name: 'Double-Double (Medium)', sku: 'DD-MED', price: 215, stock: null },
  { name: 'Timbits (20 pack)', sku: 'TB-20', price: 649, stock: 30 },
  { name: 'Butter Tart', sku: 'BT-01', price: 295, stock: 24 },
  { name: 'Maple Syrup 250 ml', sku: 'MS-250', price: 1299, taxExempt: true, stock: 18 },
  { name: 'Poutine', sku: 'PT-REG', price: 895, stock: null },
  { name: 'Nanaimo Bar', sku: 'NB-01', price: 350, stock: 16 },
  { name: 'Tuque', sku: 'TQ-01', price: 2499, stock: 10 },
  { name: 'Coffee Beans 340 g', sku: 'CB-340', price: 1699, taxExempt: true, stock: 12 },
];

export const SEED_HISTORIES: readonly SeedHistory[] = [
  {
    organizationId: '8',
    userName: 'merchant',
    taxRate: 8250,
    perDay: { min: 2, spread: 3, weekendExtra: 2 },
    hoursUtc: { open: 12, close: 24 },
    items: DEMO_MERCHANT_ITEMS,
    receiptSettings: {
      header: 'Demo Merchant · 123 Main Street, Springfield',
      footer: 'Thank you for visiting! Returns within 30 days with this receipt.',
    },
    prngSeed: 8,
  },
  {
    organizationId: '30',
    userName: 'canada',
    taxRate: 13000,
    perDay: { min: 0, spread: 3, weekendExtra: 1 },
    hoursUtc: { open: 12, close: 23 },
    items: CANADIAN_MERCHANT_ITEMS,
    receiptSettings: {
      header: 'Demo Canadian Merchant · Toronto, ON',
      footer: 'Merci ! Thank you!',
    },
    prngSeed: 30,
  },
];
