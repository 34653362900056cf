import { ChangeDetectionStrategy, Component } from '@angular/core';

@Component({
  selector: 'mcm-x-organization-users-page',
  template: '<p>stub</p>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganizationUsersPage {}
