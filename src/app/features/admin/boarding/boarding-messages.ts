import { ValidationErrors } from '@angular/forms';
import { BillingCountry } from '../billing/billing.model';
import { billingErrorMessage } from '../billing/billing-messages';

/** The sentence under a boarding control (`name`, `billing.phone`…) for its first error. */
export function boardingErrorMessage(
  path: string,
  errors: ValidationErrors | null,
  country: BillingCountry | '',
): string | null {
  if (!errors) return null;
  if (path.startsWith('billing.'))
    return billingErrorMessage(path.slice('billing.'.length), errors, country);
  if (typeof errors['server'] === 'string') return errors['server'];
  switch (path) {
    case 'name':
      if (errors['required']) return 'Enter the merchant’s name.';
      if (errors['minlength']) return 'Use at least 2 characters.';
      if (errors['maxlength']) return 'Use at most 100 characters.';
      return 'Remove the tabs or line breaks from the name.';
    case 'processor':
      return 'Choose the processor.';
    case 'country':
      return 'Choose the country.';
    case 'parentOrganizationId':
      return 'An organization id is digits only, like 20; leave it empty for a top-level merchant.';
    default:
      return 'Check this value.';
  }
}
