import { inject } from '@angular/core';
import { tapResponse } from '@ngrx/operators';
import { patchState, signalStore, withComputed, withMethods } from '@ngrx/signals';
import { rxMethod } from '@ngrx/signals/rxjs-interop';
import { exhaustMap } from 'rxjs';
import { WsapiError } from '../../../core/wsapi/wsapi-error';
import { withSubjectState } from '../../../shared/page-data/with-page-data';
import { toAdminError } from '../admin-errors';
import { SaveStatus, withAdminData } from '../paged-store';
import { ConfigurationApi, ConfigurationMap } from './configuration-api';

interface SaveState {
  readonly saveStatus: SaveStatus;
  readonly saveError: WsapiError | null;
  /** How many keys the last successful save changed. */
  readonly savedCount: number;
}

const IDLE: SaveState = { saveStatus: 'idle', saveError: null, savedCount: 0 };

/**
 * One merchant's configuration, provided by the page: loaded for an organization id, changed
 * (system administrators only) with just the keys that changed. A save is sent once, never
 * retried; its answer (the whole new map) replaces what is shown. Loading another organization
 * forgets a save still on its way for the previous one (its answer is not shown there).
 */
export const ConfigurationStore = signalStore(
  withAdminData(
    ConfigurationApi,
    (api, organizationId: string) => api.get(organizationId),
    (organizationId) => organizationId,
  ),
  withSubjectState(IDLE),
  withComputed(({ data, error }) => ({ configuration: data, loadError: error })),
  withMethods((store, api = inject(ConfigurationApi)) => {
    const send = rxMethod<{ organizationId: string; changes: ConfigurationMap }>(
      exhaustMap(({ organizationId, changes }) =>
        api.update(organizationId, changes).pipe(
          tapResponse({
            next: (configuration) => {
              store.setData(configuration);
              const savedCount = Object.keys(changes).length;
              patchState(store, { saveStatus: 'saved', saveError: null, savedCount });
            },
            error: (error: unknown) =>
              patchState(store, { ...IDLE, saveStatus: 'failed', saveError: toAdminError(error) }),
          }),
          store._untilSubjectChanges(),
        ),
      ),
    );
    return {
      /** Sends `changes` (keys the organization has, each keeping its kind); ignored while saving. */
      save(changes: ConfigurationMap): void {
        const organizationId = store._lastRequest();
        if (organizationId === null || Object.keys(changes).length === 0) return;
        if (store.saveStatus() === 'saving') return;
        patchState(store, { ...IDLE, saveStatus: 'saving' });
        send({ organizationId, changes });
      },

      /** Forgets the last save's outcome (e.g. when editing starts again). */
      clearSaveStatus(): void {
        if (store.saveStatus() !== 'saving') patchState(store, IDLE);
      },
    };
  }),
);
export type ConfigurationStore = InstanceType<typeof ConfigurationStore>;
