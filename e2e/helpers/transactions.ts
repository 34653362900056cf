import { APIRequestContext, Page } from '@playwright/test';
import { expect } from './test';
import { apiToken, withToken } from './wsapi';

export interface Sale {
  id: string;
  total: number;
}

/** Records a tax-exempt cash sale of `amount` minor units as `userName`: today, unsettled. */
export async function cashSale(
  request: APIRequestContext,
  amount: number,
  userName = 'merchant',
): Promise<Sale> {
  const token = await apiToken(request, userName);
  const response = await request.post('/WSAPI/Transactions', {
    headers: withToken(token, { 'Idempotency-Key': `e2e-sale-${userName}-${amount}` }),
    data: { lines: [{ amount, description: 'E2E sale', tax_exempt: true }], tender: 'Cash' },
  });
  expect(response.status()).toBe(201);
  const sale = await response.json();
  expect(sale.total).toBe(amount);
  return { id: sale.id, total: sale.total };
}

/** The action buttons of a transaction's detail page. */
export const actions = (page: Page) => page.getByRole('group', { name: 'Actions' });
