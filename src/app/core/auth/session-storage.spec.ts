import { TestBed } from '@angular/core/testing';
import { loginResponseFixture } from '../../../testing/fixtures/login-response';
import { SignedIn, toSignedIn } from './session.model';
import { SessionStorage, isSignedIn } from './session-storage';

const KEY = 'mcm.session';
const TOKEN = loginResponseFixture.session.session_token;
const signedIn = (): SignedIn =>
  toSignedIn(structuredClone(loginResponseFixture), Date.UTC(2015, 11, 22, 17, 30), null);

describe('SessionStorage', () => {
  let storage: SessionStorage;

  beforeEach(() => {
    window.sessionStorage.removeItem(KEY);
    storage = TestBed.inject(SessionStorage);
  });

  afterEach(() => {
    window.sessionStorage.removeItem(KEY);
  });

  it('reads nothing when nothing was written', () => {
    expect(storage.read()).toBeNull();
  });

  it('reads back what it wrote, through the real sessionStorage', () => {
    const value = signedIn();
    storage.write(value);
    expect(window.sessionStorage.getItem(KEY)).not.toBeNull();
    expect(storage.read()).toEqual(value);
  });

  it('is read by a fresh instance (a reload of the tab)', () => {
    const value = signedIn();
    storage.write(value);
    TestBed.resetTestingModule();
    expect(TestBed.inject(SessionStorage).read()).toEqual(value);
  });

  it('replaces the previous session on write', () => {
    storage.write(signedIn());
    const refreshed = signedIn();
    const next: SignedIn = { ...refreshed, session: { ...refreshed.session, token: 'MCM6-next' } };
    storage.write(next);
    expect(storage.read()?.session.token).toBe('MCM6-next');
  });

  it('reads corrupted JSON as no session and removes the entry', () => {
    window.sessionStorage.setItem(KEY, '{"session": {"token": ');
    expect(storage.read()).toBeNull();
    expect(window.sessionStorage.getItem(KEY)).toBeNull();
  });

  it('reads a value of the wrong shape as no session and removes the entry', () => {
    const value = signedIn();
    const wrong = { ...value, session: { ...value.session, expiresAt: '20151222175141' } };
    window.sessionStorage.setItem(KEY, JSON.stringify(wrong));
    expect(storage.read()).toBeNull();
    expect(window.sessionStorage.getItem(KEY)).toBeNull();
  });

  it('clears the stored session', () => {
    storage.write(signedIn());
    storage.clear();
    expect(window.sessionStorage.getItem(KEY)).toBeNull();
    expect(storage.read()).toBeNull();
  });

  it('leaves other sessionStorage entries alone when clearing', () => {
    window.sessionStorage.setItem('other.key', 'kept');
    try {
      storage.write(signedIn());
      storage.clear();
      expect(window.sessionStorage.getItem('other.key')).toBe('kept');
    } finally {
      window.sessionStorage.removeItem('other.key');
    }
  });

  it('never writes to localStorage', () => {
    const lengthBefore = window.localStorage.length;
    storage.write(signedIn());
    storage.read();
    expect(window.localStorage.length).toBe(lengthBefore);
    for (let i = 0; i < window.localStorage.length; i++) {
      const key = window.localStorage.key(i) ?? '';
      expect(key).not.toContain(TOKEN);
      expect(window.localStorage.getItem(key) ?? '').not.toContain(TOKEN);
    }
  });

  it('keeps no security-question answer in storage', () => {
    storage.write(signedIn());
    expect(window.sessionStorage.getItem(KEY)).not.toContain('testAnswer');
  });
});

describe('isSignedIn', () => {
  const valid = (): Record<string, unknown> => JSON.parse(JSON.stringify(signedIn()));

  it('accepts a mapped sign-in', () => {
    expect(isSignedIn(valid())).toBeTrue();
  });

  it('rejects non-objects', () => {
    for (const value of [null, undefined, 'session', 42, []]) {
      expect(isSignedIn(value)).withContext(String(value)).toBeFalse();
    }
  });

  it('rejects an empty or missing token', () => {
    const value = valid();
    (value['session'] as Record<string, unknown>)['token'] = '';
    expect(isSignedIn(value)).toBeFalse();
    delete (value['session'] as Record<string, unknown>)['token'];
    expect(isSignedIn(value)).toBeFalse();
  });

  it('rejects missing times, user name, organization or configuration', () => {
    const mutations: ((value: Record<string, unknown>) => void)[] = [
      (v) => delete (v['session'] as Record<string, unknown>)['expiresAt'],
      (v) => delete (v['session'] as Record<string, unknown>)['issuedAt'],
      (v) =>
        delete ((v['account'] as Record<string, unknown>)['user'] as Record<string, unknown>)[
          'userName'
        ],
      (v) => delete (v['account'] as Record<string, unknown>)['organization'],
      (v) => ((v['account'] as Record<string, unknown>)['configuration'] = null),
      (v) => delete v['account'],
    ];
    mutations.forEach((mutate, index) => {
      const value = valid();
      mutate(value);
      expect(isSignedIn(value)).withContext(`mutation ${index}`).toBeFalse();
    });
  });
});
