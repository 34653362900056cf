import { TestBed } from '@angular/core/testing';
import { Observable, firstValueFrom, race, timer, map, take, toArray } from 'rxjs';
import { FakeBroadcastChannels, provideFakeCrossTab } from '../../../testing/fake-cross-tab';
import { loginResponseFixture } from '../../../testing/fixtures/login-response';
import { SignedIn, toSignedIn } from './session.model';
import { BusMessage, SessionBus, parseMessage } from './session-bus';
import { BROWSER_WAIT_MS } from '../../../testing/wait-until';

const CHANNEL = 'mcm-portal.session';
const signedIn = (): SignedIn =>
  toSignedIn(structuredClone(loginResponseFixture), Date.UTC(2015, 11, 22, 17, 30), null);

describe('parseMessage', () => {
  it('accepts the four message types', () => {
    const session = JSON.parse(JSON.stringify(signedIn())) as SignedIn;
    expect(parseMessage({ type: 'session-wanted' })).toEqual({ type: 'session-wanted' });
    expect(parseMessage({ type: 'signed-out' })).toEqual({ type: 'signed-out' });
    expect(parseMessage({ type: 'activity', at: 1_700_000_000_000 })).toEqual({
      type: 'activity',
      at: 1_700_000_000_000,
    });
    expect(parseMessage({ type: 'session', signedIn: session })).toEqual({
      type: 'session',
      signedIn: session,
    });
  });

  it('drops extra fields of the simple messages', () => {
    expect(parseMessage({ type: 'signed-out', token: 'MCM6-x' })).toEqual({ type: 'signed-out' });
  });

  it('rejects a session message without a valid session', () => {
    const broken = JSON.parse(JSON.stringify(signedIn()));
    broken.session.token = '';
    expect(parseMessage({ type: 'session' })).toBeNull();
    expect(parseMessage({ type: 'session', signedIn: null })).toBeNull();
    expect(parseMessage({ type: 'session', signedIn: { session: {} } })).toBeNull();
    expect(parseMessage({ type: 'session', signedIn: broken })).toBeNull();
  });

  it('rejects an activity message without a numeric time', () => {
    expect(parseMessage({ type: 'activity' })).toBeNull();
    expect(parseMessage({ type: 'activity', at: '1700000000000' })).toBeNull();
    expect(parseMessage({ type: 'activity', at: null })).toBeNull();
  });

  it('rejects unknown types and non-objects', () => {
    expect(parseMessage({ type: 'sign-in' })).toBeNull();
    expect(parseMessage({ type: 'SIGNED-OUT' })).toBeNull();
    expect(parseMessage({})).toBeNull();
    expect(parseMessage(null)).toBeNull();
    expect(parseMessage(undefined)).toBeNull();
    expect(parseMessage('signed-out')).toBeNull();
    expect(parseMessage(42)).toBeNull();
  });
});

describe('SessionBus', () => {
  let sender: SessionBus;
  let receiver: SessionBus;
  let channels: FakeBroadcastChannels;

  /** The first value of `source`, or `'timeout'` after `ms`. */
  const within = <T>(source: Observable<T>, ms = BROWSER_WAIT_MS): Promise<T | 'timeout'> =>
    firstValueFrom(race(source.pipe(take(1)), timer(ms).pipe(map(() => 'timeout' as const))));

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideFakeCrossTab()] });
    channels = TestBed.inject(FakeBroadcastChannels);
    sender = TestBed.runInInjectionContext(() => new SessionBus());
    receiver = TestBed.runInInjectionContext(() => new SessionBus());
  });

  it('delivers a message posted by one instance to another (another tab)', async () => {
    const received = within(receiver.messages$);
    sender.post({ type: 'activity', at: 123 });
    expect(await received).toEqual({ type: 'activity', at: 123 });
  });

  it('delivers a whole session intact', async () => {
    const value = signedIn();
    const received = within(receiver.of('session'));
    sender.post({ type: 'session', signedIn: value });
    expect(await received).toEqual({ type: 'session', signedIn: value });
  });

  it('does not echo a message back to the instance that posted it', async () => {
    const echoed = within(sender.messages$, 300);
    const delivered = within(receiver.messages$);
    sender.post({ type: 'signed-out' });
    expect(await delivered).toEqual({ type: 'signed-out' });
    expect(await echoed).toBe('timeout');
  });

  it('filters messages by type with of()', async () => {
    const activity = within(receiver.of('activity'));
    sender.post({ type: 'signed-out' });
    sender.post({ type: 'activity', at: 7 });
    expect(await activity).toEqual({ type: 'activity', at: 7 });
  });

  it('ignores malformed messages from other builds on the same channel', async () => {
    const foreign = channels.open(CHANNEL);
    try {
      const received = firstValueFrom(receiver.messages$.pipe(take(2), toArray()));
      foreign.postMessage({ type: 'activity', at: 'now' });
      foreign.postMessage({ type: 'unknown' });
      foreign.postMessage(null);
      foreign.postMessage({ type: 'session-wanted' });
      foreign.postMessage({ type: 'activity', at: 5 });
      const messages: BusMessage[] = await received;
      expect(messages).toEqual([{ type: 'session-wanted' }, { type: 'activity', at: 5 }]);
    } finally {
      foreign.close();
    }
  });

  it('stops listening once its injector is destroyed', async () => {
    const heard = within(receiver.messages$, 300);
    TestBed.resetTestingModule();
    const other = channels.open(CHANNEL);
    try {
      other.postMessage({ type: 'signed-out' });
      expect(await heard).toBe('timeout');
    } finally {
      other.close();
    }
  });
});
