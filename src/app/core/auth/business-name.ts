import { HttpClient } from '@angular/common/http';
import { Injectable, computed, effect, inject, signal } from '@angular/core';
import { Store } from '@ngrx/store';
import { catchError, defer, map, of } from 'rxjs';
import { optionalRecord, text } from '../wsapi/dto-readers';
import { injectWsapiUrl } from '../wsapi/wsapi-endpoint';
import { authFeature } from './state/auth.feature';

/**
 * The signed-in user's organization. [ours] The vendor's "Retrieve Merchant Information" has a
 * heading and no documented body; the sandbox answers `GET /Merchants/Current` with the
 * organization's `name` (sandbox/README.md, Endpoints), which every organization has.
 */
export const CURRENT_MERCHANT_RESOURCE = '/Merchants/Current';

interface Loaded {
  readonly organizationId: string;
  readonly name: string | null;
}

/**
 * The business's name for the header and the dashboard. The login response has none, so it is
 * asked for once per session, after the signed-in area is painted (sign-in stays one request);
 * null until then, when the answer is empty, and when the request fails (the caller shows the
 * organization's type and id instead).
 */
@Injectable({ providedIn: 'root' })
export class BusinessName {
  private readonly http = inject(HttpClient);
  private readonly url = injectWsapiUrl();
  private readonly account = inject(Store).selectSignal(authFeature.selectAccount);
  private readonly organizationId = computed(() => this.account()?.organization.organizationId);
  private readonly loaded = signal<Loaded | null>(null);
  private requestedFor: string | null = null;

  readonly name = computed(() => {
    const loaded = this.loaded();
    return loaded && loaded.organizationId === this.organizationId() ? loaded.name : null;
  });

  constructor() {
    // A sign-out ends the session: the next one asks again.
    effect(() => {
      if (!this.organizationId()) this.requestedFor = null;
    });
  }

  /** Asks for the name, unless this session already did. */
  load(): void {
    const organizationId = this.organizationId();
    if (!organizationId || organizationId === this.requestedFor) return;
    this.requestedFor = organizationId;
    defer(() => this.http.get<unknown>(this.url(CURRENT_MERCHANT_RESOURCE)))
      .pipe(
        map((dto) => text(optionalRecord(dto)?.['name']).trim() || null),
        catchError(() => of(null)),
      )
      .subscribe((name) => this.loaded.set({ organizationId, name }));
  }
}
