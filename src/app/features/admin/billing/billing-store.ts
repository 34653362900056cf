import { inject } from '@angular/core';
import { tapResponse } from '@ngrx/operators';
import { patchState, signalStore, withComputed, withMethods } from '@ngrx/signals';
import { rxMethod } from '@ngrx/signals/rxjs-interop';
import { exhaustMap } from 'rxjs';
import { WsapiError } from '../../../core/wsapi/wsapi-error';
import { withSubjectState } from '../../../shared/page-data/with-page-data';
import { toAdminError } from '../admin-errors';
import { SaveStatus, withAdminData } from '../paged-store';
import { BillingApi } from './billing-api';
import { BillingDraft } from './billing.model';

interface SaveState {
  readonly saveStatus: SaveStatus;
  readonly saveError: WsapiError | null;
}

const IDLE: SaveState = { saveStatus: 'idle', saveError: null };

/**
 * One merchant's billing information, provided by the billing page: read for an organization
 * id, saved once per submit (never retried); the answer replaces what is shown. Another merchant
 * never shows the previous one's billing, and a save still on its way for it is dropped.
 */
export const BillingStore = signalStore(
  withAdminData(
    BillingApi,
    (api, organizationId: string) => api.get(organizationId),
    (organizationId) => organizationId,
  ),
  withSubjectState(IDLE),
  withComputed(({ data }) => ({ billing: data })),
  withMethods((store, api = inject(BillingApi)) => {
    const send = rxMethod<{ organizationId: string; draft: BillingDraft }>(
      exhaustMap(({ organizationId, draft }) =>
        api.update(organizationId, draft).pipe(
          tapResponse({
            next: (billing) => {
              store.setData(billing);
              patchState(store, { saveStatus: 'saved', saveError: null });
            },
            error: (error: unknown) =>
              patchState(store, { saveStatus: 'failed', saveError: toAdminError(error) }),
          }),
          store._untilSubjectChanges(),
        ),
      ),
    );
    return {
      /** Sends the draft for the merchant loaded; ignored while a save is on its way. */
      save(draft: BillingDraft): void {
        const organizationId = store._lastRequest();
        if (organizationId === null || store.saveStatus() === 'saving') return;
        patchState(store, { saveStatus: 'saving', saveError: null });
        send({ organizationId, draft });
      },
      /** Forgets the last save's outcome. */
      clearSaveStatus(): void {
        if (store.saveStatus() !== 'saving') patchState(store, IDLE);
      },
    };
  }),
);
export type BillingStore = InstanceType<typeof BillingStore>;
