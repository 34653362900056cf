import { inject } from '@angular/core';
import { signalStore, withComputed, withMethods } from '@ngrx/signals';
import { withSubjectState } from '../../../shared/page-data/with-page-data';
import { AdminSaveState, adminSave } from '../admin-save';
import { withAdminData } from '../paged-store';
import { ConfigurationApi, ConfigurationMap } from './configuration-api';

interface SaveState extends AdminSaveState {
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
    const { save, clearSaveStatus } = adminSave(
      store,
      IDLE,
      (organizationId, changes: ConfigurationMap) => api.update(organizationId, changes),
      (changes) => ({ savedCount: Object.keys(changes).length }),
    );
    return {
      /** Sends `changes` (keys the organization has, each keeping its kind); none: nothing sent. */
      save(changes: ConfigurationMap): void {
        if (Object.keys(changes).length > 0) save(changes);
      },
      clearSaveStatus,
    };
  }),
);
export type ConfigurationStore = InstanceType<typeof ConfigurationStore>;
