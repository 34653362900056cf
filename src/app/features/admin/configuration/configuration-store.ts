import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { Subscription } from 'rxjs';
import { WsapiError } from '../../../core/wsapi/wsapi-error';
import { toAdminError } from '../admin-errors';
import { Loader } from '../paged-store';
import { ConfigurationApi, ConfigurationMap } from './configuration-api';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

interface SaveState {
  readonly status: SaveStatus;
  readonly error: WsapiError | null;
  /** How many keys the last successful save changed. */
  readonly savedCount: number;
}

const IDLE: SaveState = { status: 'idle', error: null, savedCount: 0 };

/**
 * One merchant's configuration, provided by the page: loaded for an organization id, changed
 * (system administrators only) with just the keys that changed. A save is sent once, never
 * retried; its answer (the whole new map) replaces what is shown. Loading another organization
 * forgets a save still on its way for the previous one (its answer is not shown there).
 */
@Injectable()
export class ConfigurationStore {
  private readonly api = inject(ConfigurationApi);
  private readonly destroyRef = inject(DestroyRef);
  private readonly loader = new Loader<string, ConfigurationMap>((id) => this.api.get(id));
  private readonly saveState = signal<SaveState>(IDLE);
  private organizationId: string | null = null;
  private saving$: Subscription | null = null;

  readonly configuration = this.loader.value;
  readonly loading = this.loader.loading;
  readonly loadError = this.loader.error;
  readonly saveStatus = computed(() => this.saveState().status);
  readonly saveError = computed(() => this.saveState().error);
  readonly savedCount = computed(() => this.saveState().savedCount);

  constructor() {
    this.destroyRef.onDestroy(() => this.saving$?.unsubscribe());
  }

  load(organizationId: string): void {
    this.saving$?.unsubscribe();
    this.saveState.set(IDLE);
    // Another merchant: its page never shows (or starts editing from) the previous one's map.
    if (organizationId !== this.organizationId) this.loader.clear();
    this.organizationId = organizationId;
    this.loader.load(organizationId);
  }

  reload(): void {
    this.loader.reload();
  }

  /** Sends `changes` (keys the organization has, each keeping its kind); ignored while saving. */
  save(changes: ConfigurationMap): void {
    const organizationId = this.organizationId;
    const count = Object.keys(changes).length;
    if (organizationId === null || count === 0 || this.saveState().status === 'saving') return;
    this.saveState.set({ status: 'saving', error: null, savedCount: 0 });
    this.saving$ = this.api.update(organizationId, changes).subscribe({
      next: (configuration) => {
        this.loader.set(configuration);
        this.saveState.set({ status: 'saved', error: null, savedCount: count });
      },
      error: (error: unknown) =>
        this.saveState.set({ status: 'failed', error: toAdminError(error), savedCount: 0 }),
    });
  }

  /** Forgets the last save's outcome (e.g. when editing starts again). */
  clearSaveStatus(): void {
    if (this.saveState().status !== 'saving') this.saveState.set(IDLE);
  }
}
