import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { OrganizationDetail } from '../admin.model';

/**
 * A merchant's ids (organization, chain, store, terminal), type, status, processor, parent and
 * submerchants: the merchant's overview, and the result of boarding one. `links` off leaves the
 * parent and submerchants as text (the boarding result offers its own "Open" link).
 */
@Component({
  selector: 'mcm-organization-facts',
  imports: [RouterLink],
  templateUrl: './organization-facts.html',
  styleUrl: './organization-facts.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganizationFacts {
  readonly organization = input.required<OrganizationDetail>();
  readonly links = input(true);
}
