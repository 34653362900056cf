import { readFile } from 'node:fs/promises';
import { signIn } from './helpers/auth';
import { resetSandbox } from './helpers/sandbox';
import { expect, expectAccessible, test } from './helpers/test';
import { apiToken, withToken } from './helpers/wsapi';

test.beforeEach(async ({ request }) => {
  await resetSandbox(request);
});

/** Splits RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += char;
  }
  if (field !== '' || row.length) rows.push([...row, field]);
  return rows;
}

test.describe('Transactions: CSV export', () => {
  test('CSV export downloads the filtered rows', async ({ page, request }) => {
    await signIn(page, 'merchant');
    await page.goto('/transactions');
    await expect(page.getByTestId('transactions-count')).toBeVisible();

    await page.getByRole('combobox', { name: 'Tender' }).click();
    await page.getByRole('option', { name: 'Cash' }).click();
    await page.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Refunded', exact: true }).click();
    await page.getByRole('option', { name: 'Partially refunded' }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/status=partially_refunded,refunded/);
    await expect(page).toHaveURL(/tender=Cash/);

    const token = await apiToken(request, 'merchant');
    const expected = await (
      await request.get(
        '/WSAPI/Transactions?tender=Cash&status=partially_refunded,refunded&page_size=100',
        {
          headers: withToken(token),
        },
      )
    ).json();
    expect(expected.total_count).toBeGreaterThan(0);
    await expect(page.getByTestId('transactions-count')).toHaveText(
      `${expected.total_count} transaction${expected.total_count === 1 ? '' : 's'}`,
    );
    await expectAccessible(page);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^transactions-\d{8}\.csv$/);
    const csv = await readFile((await download.path())!, 'utf8');
    const [header, ...rows] = parseCsv(csv);
    expect(header).toEqual([
      'id',
      'type',
      'parent_id',
      'created_at',
      'status',
      'tender',
      'card_brand',
      'card_last4',
      'currency',
      'subtotal',
      'discount',
      'tax',
      'tip',
      'total',
      'refunded',
      'user_name',
      'description',
    ]);
    expect(rows.length).toBe(expected.total_count);
    for (const row of rows) {
      expect(row[4]).toMatch(/^(partially_refunded|refunded)$/);
      expect(row[5]).toBe('Cash');
    }
    // Same rows, same order (newest first) as the history.
    expect(rows.slice(0, expected.transactions.length).map((row) => row[0])).toEqual(
      expected.transactions.map((t: { id: string }) => t.id),
    );
    await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toHaveText(
      `Downloaded ${download.suggestedFilename()}.`,
    );
  });
});
