import { Injectable, inject } from '@angular/core';
import { OrganizationDetail } from '../admin.model';
import { OrganizationsApi } from '../organizations-api';
import { Loader } from '../paged-store';

/**
 * The merchant whose pages are open (`/admin/merchants/:organizationId/…`), provided by the
 * merchant layout so its overview, users, billing and configuration pages share one read.
 */
@Injectable()
export class MerchantStore {
  private readonly api = inject(OrganizationsApi);
  private readonly loader = new Loader<string, OrganizationDetail>((id) => this.api.get(id));

  readonly organization = this.loader.value;
  readonly loading = this.loader.loading;
  readonly error = this.loader.error;

  load(organizationId: string): void {
    this.loader.load(organizationId);
  }

  retry(): void {
    this.loader.reload();
  }
}
