import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validPersonName } from '../resources/person-name.ts';
import { AVAILABILITY_LIMIT_PER_MINUTE } from '../resources/user-name-availability.ts';
import { usBilling } from './admin.helpers.ts';
import { adminClient, newUser } from './admin-area.helpers.ts';
import { advanceClock, assertError, errorOf, loginToken, useSeededServer } from './helpers.ts';

/** What the review sent (issue 15, item 6), and what real names look like. */
const HOSTILE = {
  NUL: 'Eve\u0000',
  ESC: 'Eve\u001b[31mRed',
  CR: 'Eve\rAdmin',
  LF: 'Eve\nAdmin',
  DEL: 'Eve\u007f',
  C1: 'Eve\u0085',
  'RIGHT-TO-LEFT OVERRIDE': 'Eve\u202egpj.exe',
  'LEFT-TO-RIGHT EMBEDDING': 'Eve\u202aX',
  'FIRST STRONG ISOLATE': 'Eve\u2068X\u2069',
  'RIGHT-TO-LEFT MARK': 'Eve\u200f',
  'ARABIC LETTER MARK': 'Eve\u061c',
  'LINE SEPARATOR': 'Eve\u2028Admin',
};
const REAL = ['Zoë', 'José-María', "O'Brien", 'محمد', '李', 'Nguyễn Văn', 'می\u200cخواهم'];

describe('one person-name validator for every person-name field', () => {
  it('refuses control characters and direction marks, keeps real names (trimmed)', () => {
    for (const [what, value] of Object.entries(HOSTILE)) {
      assert.throws(() => validPersonName(value, 'first_name'), /first_name/, what);
    }
    for (const name of REAL) assert.equal(validPersonName(` ${name} `, 'first_name'), name);
    assert.throws(() => validPersonName('x'.repeat(51), 'last_name'));
    assert.throws(() => validPersonName('   ', 'last_name'));
  });

  const app = useSeededServer();
  const { call } = adminClient(app);

  it('create-user, the self-service name change and the billing contact all refuse them', async () => {
    const admin = await loginToken(app(), 'admin');
    const merchant = await loginToken(app(), 'merchant');
    let n = 0;
    for (const [what, value] of Object.entries(HOSTILE)) {
      n += 1;
      for (const field of ['first_name', 'last_name']) {
        const created = await call(
          'POST',
          '/WSAPI/Organizations/20/Users',
          admin,
          newUser(`hostile.${n}.${field}`, { [field]: value }),
        );
        assert.equal(created.statusCode, 400, `create ${field} ${what}: ${created.body}`);
        assert.equal(errorOf(created).field, field);
        const renamed = await call('PUT', '/WSAPI/Users/Name', merchant, {
          first_name: 'Morgan',
          last_name: 'Merchant',
          [field]: value,
        });
        assert.equal(renamed.statusCode, 400, `rename ${field} ${what}`);
        assert.equal(errorOf(renamed).field, field);
      }
      const billing = await call(
        'PUT',
        '/WSAPI/Organizations/20/Billing',
        admin,
        usBilling({ contact_name: value }),
      );
      assert.equal(billing.statusCode, 400, `billing ${what}: ${billing.body}`);
      assert.equal(errorOf(billing).field, 'contact_name');
    }
    const created = await call(
      'POST',
      '/WSAPI/Organizations/20/Users',
      admin,
      newUser('real.name', { first_name: REAL[1], last_name: REAL[3] }),
    );
    assert.equal(created.statusCode, 201, created.body);
  });

  it('a 409 "already taken" counts against the availability limit', async () => {
    const admin = await loginToken(app(), 'admin');
    const half = AVAILABILITY_LIMIT_PER_MINUTE / 2;
    for (let i = 0; i < half; i++) {
      const taken = await call('POST', '/WSAPI/Organizations/20/Users', admin, newUser('merchant'));
      assert.equal(taken.statusCode, 409);
    }
    for (let i = 0; i < AVAILABILITY_LIMIT_PER_MINUTE - half; i++) {
      const check = await call('GET', '/WSAPI/Users/Availability?user_name=clerk', admin);
      assert.equal(check.statusCode, 200);
    }
    const oracle = await call('POST', '/WSAPI/Organizations/20/Users', admin, newUser('canada'));
    assertError(oracle, 429, 'too_many_requests');
    assert.ok(Number(oracle.headers['retry-after']) >= 1);
    const check = await call('GET', '/WSAPI/Users/Availability?user_name=clerk', admin);
    assert.equal(check.statusCode, 429);
    await advanceClock(app(), 61);
    const again = await loginToken(app(), 'admin');
    const later = await call('POST', '/WSAPI/Organizations/20/Users', again, newUser('canada'));
    assert.equal(later.statusCode, 409);
  });
});
