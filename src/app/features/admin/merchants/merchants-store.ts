import { Injectable, computed, inject } from '@angular/core';
import { Organization, Page } from '../admin.model';
import { OrganizationQuery, OrganizationsApi } from '../organizations-api';
import { Loader } from '../paged-store';

/** The merchants list: one page of the organizations in the admin's scope, for a search. */
@Injectable()
export class MerchantsStore {
  private readonly api = inject(OrganizationsApi);
  private readonly loader = new Loader<OrganizationQuery, Page<Organization>>((query) =>
    this.api.list(query),
  );

  readonly loading = this.loader.loading;
  readonly error = this.loader.error;
  readonly page = this.loader.value;
  readonly merchants = computed(() => this.page()?.items ?? []);
  readonly totalCount = computed(() => this.page()?.totalCount ?? 0);

  load(query: OrganizationQuery): void {
    this.loader.load(query);
  }

  retry(): void {
    this.loader.reload();
  }
}
