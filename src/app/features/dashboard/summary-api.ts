import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, defer, map } from 'rxjs';
import { TRANSACTIONS_RESOURCE } from '../../core/wsapi/transactions-resource';
import { injectWsapiUrl } from '../../core/wsapi/wsapi-endpoint';
import { SalesSummary, toSalesSummary } from './sales-summary';

export const TRANSACTIONS_SUMMARY_RESOURCE = `${TRANSACTIONS_RESOURCE}/Summary`;

/** The one aggregate the dashboard needs; no transaction is downloaded for it. */
@Injectable({ providedIn: 'root' })
export class SummaryApi {
  private readonly http = inject(HttpClient);
  private readonly url = injectWsapiUrl();

  summary(timeZone: string): Observable<SalesSummary> {
    return defer(() =>
      this.http.get<unknown>(this.url(TRANSACTIONS_SUMMARY_RESOURCE), {
        params: { time_zone: timeZone },
      }),
    ).pipe(map(toSalesSummary));
  }
}
