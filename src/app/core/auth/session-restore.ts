import { inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { filter, firstValueFrom, map, race, take, timeout, timer } from 'rxjs';
import { CLOCK } from '../clock';
import { toWsapiError } from '../wsapi/wsapi-error';
import { AuthApi } from './auth-api';
import { SessionBus } from './session-bus';
import { SessionStorage } from './session-storage';
import { SignedInTabPresence } from './signed-in-tab-presence';
import { SignedIn } from './session.model';
import { SessionActions } from './state/auth.actions';
import { refreshDueAt } from './session-timing';

/** How long a new tab waits for an open tab to hand over the live session. */
export const ASK_OTHER_TABS_MS = 500;
const VALIDATE_TIMEOUT_MS = 8_000;

/**
 * Runs before the first navigation (an app initializer), so no guard ever decides on a session
 * that is still being restored: this tab's stored session, else one from an open tab, else none.
 * A restored session that is already due for a refresh is validated with one first.
 */
export async function restoreSession(): Promise<void> {
  const store = inject(Store);
  const storage = inject(SessionStorage);
  const bus = inject(SessionBus);
  const api = inject(AuthApi);
  const now = inject(CLOCK);
  const presence = inject(SignedInTabPresence);

  let signedIn = storage.read();
  if (signedIn && signedIn.session.expiresAt <= now()) {
    storage.clear();
    signedIn = null;
  }
  // Ask the other tabs only when one holds a session (or when the browser cannot tell).
  if (!signedIn && (!presence.supported || (await presence.anotherTabIsSignedIn()))) {
    signedIn = await askOtherTabs(bus);
  }
  if (signedIn && refreshDueAt(signedIn.session) <= now()) {
    signedIn = await validate(signedIn, api);
  }
  if (!signedIn) storage.clear();
  store.dispatch(SessionActions.restored({ signedIn }));
}

function askOtherTabs(bus: SessionBus): Promise<SignedIn | null> {
  const answer = bus.of('session').pipe(
    map(({ signedIn }) => signedIn as SignedIn | null),
    take(1),
  );
  const promise = firstValueFrom(race(answer, timer(ASK_OTHER_TABS_MS).pipe(map(() => null))));
  bus.post({ type: 'session-wanted' });
  return promise;
}

/** 401 → the session is gone; any other failure keeps it (it has not expired yet). */
async function validate(signedIn: SignedIn, api: AuthApi): Promise<SignedIn | null> {
  try {
    return await firstValueFrom(
      api
        .refresh(signedIn.session.token, signedIn.account)
        .pipe(timeout(VALIDATE_TIMEOUT_MS), filter(Boolean)),
    );
  } catch (error: unknown) {
    return toWsapiError(error).kind === 'session-expired' ? null : signedIn;
  }
}
