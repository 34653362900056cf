import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SALES, useHistorySandbox } from './history.helpers.ts';
import { assertInvalid } from './merchant.helpers.ts';

describe('GET /WSAPI/Transactions/Export (history as CSV)', () => {
  const { merchant, rows } = useHistorySandbox();

  it('exports the filtered rows as CSV, escaped, in the list order', async () => {
    const response = await merchant().call('GET', `${SALES}/Export?tender=Cash&sort=-created_at`);
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(response.headers['content-type'], 'text/csv; charset=utf-8');
    assert.match(
      String(response.headers['content-disposition']),
      /^attachment; filename="transactions-\d{8}\.csv"$/,
    );
    assert.equal(response.headers['cache-control'], 'no-store');
    const text = response.body;
    assert.ok(text.startsWith('id,type,parent_id,created_at,status,tender,'));
    assert.ok(text.endsWith('\r\n'));
    const cash = rows().filter((row) => row.tender === 'Cash');
    const records = text.split(/\r\n(?=txn_|$)/).filter((line) => line !== '');
    assert.equal(records.length, cash.length + 1);
    assert.deepEqual(
      records.slice(1).map((record) => record.slice(0, 24)),
      cash.map((row) => row.id),
    );
    assert.ok(text.includes('"1 x Comma, ""quoted"""'));
    assert.ok(text.includes(`"1 x =HYPERLINK(""http://x"")"`)); // starts with "1 x", not "="
    assert.ok(text.includes(',1 x @SUM(A1)\r\n'));
    assert.match(text, /,Cash,,,USD,12\.34,0\.00,0\.00,0\.00,12\.34,0\.00,merchant,/);
    const refunds = await merchant().call('GET', `${SALES}/Export?type=refund`);
    const firstRefund = refunds.body.split('\r\n')[1]!;
    assert.match(firstRefund, /,-\d+\.\d{2},0\.00,merchant,$/); // refunds are negative in the CSV
    assertInvalid(await merchant().call('GET', `${SALES}/Export?page=2`), 'page');
  });
});
