import { inject } from '@angular/core';
import { signalStore, withComputed, withMethods } from '@ngrx/signals';
import { withSubjectState } from '../../../shared/page-data/with-page-data';
import { AdminSaveState, adminSave } from '../admin-save';
import { withAdminData } from '../paged-store';
import { BillingApi } from './billing-api';
import { BillingDraft } from './billing.model';

const IDLE: AdminSaveState = { saveStatus: 'idle', saveError: null };

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
  withMethods((store, api = inject(BillingApi)) =>
    adminSave(store, IDLE, (organizationId, draft: BillingDraft) =>
      api.update(organizationId, draft),
    ),
  ),
);
export type BillingStore = InstanceType<typeof BillingStore>;
