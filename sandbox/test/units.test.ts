import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { configFlag, configNumber } from '../access/configuration.ts';
import { lockoutPolicy } from '../auth/lockout.ts';
import { hashPassword, verifyPassword } from '../auth/passwords.ts';
import { formatVendorTimestamp } from '../clock.ts';
import { preferredEncoding } from '../http/compressed-cache.ts';
import { isJsonContentType } from '../http/roam-headers.ts';
import { VENDOR_SEED_CONFIGURATION } from '../store/vendor-configuration.data.ts';
import { TEST_SCRYPT_COST } from './helpers.ts';

describe('building blocks', () => {
  it('hashes with scrypt and verifies in constant time; malformed hashes never verify', async () => {
    const hash = await hashPassword('Sandbox!2026', TEST_SCRYPT_COST);
    assert.match(hash, /^scrypt\$1024\$8\$1\$/);
    assert.notEqual(hash, await hashPassword('Sandbox!2026', TEST_SCRYPT_COST), 'random salt');
    assert.equal(await verifyPassword('Sandbox!2026', hash), true);
    assert.equal(await verifyPassword('sandbox!2026', hash), false);
    for (const bad of [
      '',
      'plain',
      'scrypt$3$8$1$AAAA$BBBB',
      hash.replace('$1024$', '$999999999$'),
      'bcrypt$x',
    ]) {
      assert.equal(await verifyPassword('Sandbox!2026', bad), false, bad);
    }
  });

  it('formats expires as yyyyMMddHHmmss in UTC', () => {
    assert.equal(formatVendorTimestamp(Date.UTC(2015, 11, 22, 17, 51, 41)), '20151222175141');
    assert.equal(formatVendorTimestamp(Date.UTC(2026, 0, 2, 3, 4, 5)), '20260102030405');
  });

  it('reads the lockout policy through the coercing accessor ("30" is 30)', () => {
    assert.equal(
      configNumber(VENDOR_SEED_CONFIGURATION, 'security.account_locking.count_memory', 0),
      30,
    );
    assert.equal(configNumber({ x: '' }, 'x', 7), 7);
    assert.equal(configNumber({ x: 'abc' }, 'x', 7), 7);
    assert.deepEqual(lockoutPolicy(VENDOR_SEED_CONFIGURATION), {
      failedAttemptsLimit: 3,
      countMemoryMs: 30 * 60_000,
      lockoutDurationMs: 2 * 60_000,
    });
    assert.equal(configFlag({ a: true, b: 'true', c: false, d: 'yes' }, 'a'), true);
    assert.equal(configFlag({ a: true, b: 'true', c: false, d: 'yes' }, 'd'), false);
    assert.equal(configFlag({}, 'missing'), false);
  });

  it('accepts application/json with an optional utf-8 charset only', () => {
    assert.equal(isJsonContentType('application/json'), true);
    assert.equal(isJsonContentType('Application/JSON; charset="utf-8"'), true);
    assert.equal(isJsonContentType('application/json-patch+json'), false);
    assert.equal(isJsonContentType('application/json; boundary=x'), false);
  });

  it('picks brotli, then gzip, honouring q=0', () => {
    assert.equal(preferredEncoding('gzip, deflate, br'), 'br');
    assert.equal(preferredEncoding('br;q=0, gzip'), 'gzip');
    assert.equal(preferredEncoding('identity'), undefined);
    assert.equal(preferredEncoding(undefined), undefined);
  });
});
