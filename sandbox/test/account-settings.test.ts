import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { login, resetSandbox, useServer } from './helpers.ts';
import {
  assertError,
  assertInvalid,
  setOverrides,
  signIn,
  useMerchantSandbox,
} from './merchant.helpers.ts';

const PROFILE = '/WSAPI/Users/Profile';
const NAME = '/WSAPI/Users/Name';
const ADDRESS = '/WSAPI/Users/Address';
const LOCALE = '/WSAPI/Users/Locale';
const RECEIPT_SETTINGS = '/WSAPI/Merchants/Current/ReceiptSettings';

const ADDRESS_US = {
  line1: '1 Infinite Loop',
  line2: 'Suite 5',
  city: 'Cupertino',
  region: 'CA',
  postal_code: '95014',
  country: 'US',
};

describe('Account settings', () => {
  const { app, merchant } = useMerchantSandbox();

  /** With `permission` turned off for the merchant, PUT `url` answers 403 forbidden. */
  const assertForbiddenWithout = async (permission: string, url: string, body: unknown) => {
    setOverrides(app(), 'merchant', { [permission]: false });
    assertError(await merchant().call('PUT', url, body), 403, 'forbidden');
  };

  it('shows the profile and the available locales, never the security answers', async () => {
    const response = await merchant().call('GET', PROFILE);
    assert.equal(response.statusCode, 200);
    const profile = response.json() as Record<string, unknown>;
    assert.equal(profile['user_name'], 'merchant');
    assert.equal(profile['first_name'], 'Morgan');
    assert.equal(profile['address'], null);
    assert.deepEqual(profile['available_locales'], ['en-US', 'en-CA']);
    assert.doesNotMatch(response.body, /testAnswer|security|password/i);
  });

  it('changes the name with account.permissions.change_name only', async () => {
    const updated = await merchant().json<Record<string, string>>('PUT', NAME, {
      first_name: '  Mo ',
      middle_name_initial: 'Q',
      last_name: "O'Brien-Merchant",
    });
    assert.equal(updated['first_name'], 'Mo');
    assert.equal(updated['last_name'], "O'Brien-Merchant");
    const relogin = (await login(app(), 'merchant')).json() as { user: Record<string, string> };
    assert.equal(relogin.user['first_name'], 'Mo');
    assert.equal(relogin.user['middle_name_initial'], 'Q');
    assertInvalid(
      await merchant().call('PUT', NAME, { first_name: '', last_name: 'x' }),
      'first_name',
    );
    assertInvalid(
      await merchant().call('PUT', NAME, { first_name: 'a', last_name: 'x'.repeat(51) }),
      'last_name',
    );
    assertInvalid(
      await merchant().call('PUT', NAME, {
        first_name: 'a',
        last_name: 'b',
        middle_name_initial: 'QQ',
      }),
      'middle_name_initial',
    );
    assertInvalid(await merchant().call('PUT', NAME, { first_name: 'a' }), 'last_name');
    await assertForbiddenWithout('account.permissions.change_name', NAME, {
      first_name: 'a',
      last_name: 'b',
    });
  });

  it('changes the address with account.permissions.change_address only, per-country postal codes', async () => {
    const updated = await merchant().json<{ address: Record<string, string> }>(
      'PUT',
      ADDRESS,
      ADDRESS_US,
    );
    assert.deepEqual(updated.address, ADDRESS_US);
    assert.deepEqual(
      (await merchant().json<{ address: unknown }>('GET', PROFILE)).address,
      ADDRESS_US,
    );
    const canadian = await merchant().json<{ address: Record<string, string> }>('PUT', ADDRESS, {
      ...ADDRESS_US,
      postal_code: 'm5v 3l9',
      country: 'ca',
    });
    assert.equal(canadian.address['postal_code'], 'M5V 3L9');
    assert.equal(canadian.address['country'], 'CA');
    assertInvalid(
      await merchant().call('PUT', ADDRESS, { ...ADDRESS_US, postal_code: 'ABCDE' }),
      'postal_code',
    );
    assertInvalid(
      await merchant().call('PUT', ADDRESS, { ...ADDRESS_US, country: 'USA' }),
      'country',
    );
    assertInvalid(await merchant().call('PUT', ADDRESS, { ...ADDRESS_US, line1: ' ' }), 'line1');
    assertInvalid(
      await merchant().call('PUT', ADDRESS, { ...ADDRESS_US, city: undefined }),
      'city',
    );
    // One bounded-text rule for every address: a C1 control (NEL) is refused as a C0 one is.
    for (const city of ['Boston\u0007', 'Boston\u0085']) {
      assertInvalid(await merchant().call('PUT', ADDRESS, { ...ADDRESS_US, city }), 'city');
    }
    await assertForbiddenWithout('account.permissions.change_address', ADDRESS, ADDRESS_US);
  });

  it('switches the locale among account.locale.available_locales', async () => {
    const canada = await merchant().json<{ locale: string }>('PUT', LOCALE, { locale: 'en_CA' });
    assert.equal(canada.locale, 'en-CA');
    assert.equal(
      ((await login(app(), 'merchant')).json() as { user: { locale: string } }).user.locale,
      'en-CA',
    );
    assertInvalid(await merchant().call('PUT', LOCALE, { locale: 'fr-FR' }), 'locale');
  });

  it('reads receipt settings (anyone), edits them with account.permissions.edit_email_receipt', async () => {
    const clerk = await signIn(app(), 'clerk');
    const seeded = await clerk.json<Record<string, unknown>>('GET', RECEIPT_SETTINGS);
    assert.match(String(seeded['header']), /Demo Merchant/);
    // Issue 15: the clerk reads them but may not change them (the seed turns the flag off).
    assert.equal(seeded['editable'], false);
    assert.equal(seeded['show_tax'], true);
    const saved = await merchant().json<Record<string, unknown>>('PUT', RECEIPT_SETTINGS, {
      header: '<b>Shop</b>',
      footer: 'Line one\nLine two',
    });
    assert.equal(saved['header'], '<b>Shop</b>');
    // A receipt uses them.
    const sale = await merchant().json<{ id: string }>('POST', '/WSAPI/Transactions', {
      lines: [{ amount: 100 }],
      tender: 'Cash',
    });
    const receipt = await merchant().json<{ receipt: { header: string; text: string } }>(
      'POST',
      `/WSAPI/Transactions/${sale.id}/Receipt`,
      { email: 'x@example.com' },
    );
    assert.equal(receipt.receipt.header, '<b>Shop</b>');
    assert.match(receipt.receipt.text, /Line one\nLine two$/);
    assertInvalid(
      await merchant().call('PUT', RECEIPT_SETTINGS, { header: 'x'.repeat(201), footer: '' }),
      'header',
    );
    assertInvalid(
      await merchant().call('PUT', RECEIPT_SETTINGS, { header: '', footer: 'a\u0000' }),
      'footer',
    );
    assertInvalid(await merchant().call('PUT', RECEIPT_SETTINGS, { header: '' }), 'footer');
    await assertForbiddenWithout('account.permissions.edit_email_receipt', RECEIPT_SETTINGS, {
      header: '',
      footer: '',
    });
    assert.equal(
      (await merchant().json<{ editable: boolean }>('GET', RECEIPT_SETTINGS)).editable,
      false,
    );
  });

  it('are ordinary protected routes: 403 account_action_required during first login', async () => {
    const newuser = await signIn(app(), 'newuser');
    for (const [method, url, body] of [
      ['GET', PROFILE, undefined],
      ['PUT', NAME, { first_name: 'a', last_name: 'b' }],
      ['PUT', ADDRESS, ADDRESS_US],
      ['PUT', LOCALE, { locale: 'en-US' }],
      ['GET', RECEIPT_SETTINGS, undefined],
    ] as const) {
      assertError(await newuser.call(method, url, body), 403, 'account_action_required');
    }
  });
});

describe('seed and reset', () => {
  const app = useServer();

  const snapshot = () =>
    app()
      .sandbox.db.prepare(
        `SELECT (SELECT COUNT(*) FROM transactions) AS transactions,
                (SELECT COUNT(*) FROM inventory_items) AS items,
                (SELECT group_concat(id || ':' || total) FROM (SELECT id, total FROM transactions ORDER BY seq)) AS ids,
                (SELECT COUNT(*) FROM transactions WHERE organization_id = '30' AND currency = 'CAD') AS cad`,
      )
      .get() as { transactions: number; items: number; ids: string; cad: number };

  it('restores the deterministic history after changes', async () => {
    await resetSandbox(app());
    const seeded = snapshot();
    assert.ok(seeded.transactions > 300);
    assert.equal(seeded.items, 38);
    assert.ok(seeded.cad > 50);
    const merchant = await signIn(app(), 'merchant');
    await merchant.json('POST', '/WSAPI/Transactions', {
      lines: [{ amount: 100 }],
      tender: 'Cash',
    });
    app().sandbox.db.exec(
      "DELETE FROM receipt_outbox; DELETE FROM inventory_items WHERE sku = 'RTL-MUG'",
    );
    await resetSandbox(app());
    assert.deepEqual(snapshot(), seeded);
  });
});
