import { Injectable, computed, inject } from '@angular/core';
import { AuditEntry, Page } from '../admin.model';
import { OrganizationsApi, PageRequest } from '../organizations-api';
import { Loader } from '../paged-store';

/** One page of the audit log (newest first), in the admin's scope. */
@Injectable()
export class AuditLogStore {
  private readonly api = inject(OrganizationsApi);
  private readonly loader = new Loader<PageRequest, Page<AuditEntry>>((request) =>
    this.api.auditLog(request),
  );

  readonly loading = this.loader.loading;
  readonly error = this.loader.error;
  readonly entries = computed(() => this.loader.value()?.items ?? []);
  readonly totalCount = computed(() => this.loader.value()?.totalCount ?? 0);

  load(request: PageRequest): void {
    this.loader.load(request);
  }

  retry(): void {
    this.loader.reload();
  }
}
