import { ValidationErrors } from '@angular/forms';
import { BillingCountry } from './billing.model';
import { addressLabels } from './billing-form';

/**
 * The sentence under a billing control for its first error: the server's own message first,
 * then the client rules in the order the WSAPI checks them. Null when there is none.
 */
export function billingErrorMessage(
  path: string,
  errors: ValidationErrors | null,
  country: BillingCountry | '',
): string | null {
  if (!errors) return null;
  if (typeof errors['server'] === 'string') return errors['server'];
  const labels = addressLabels(country);
  if (errors['required']) return `Enter the ${REQUIRED[path] ?? requiredName(path, labels)}.`;
  if (errors['maxlength']) return `Use at most ${errors['maxlength'].max} characters.`;
  if (errors['minlength']) return `Use at least ${errors['minlength'].min} characters.`;
  if (errors['controlCharacters']) return 'Remove the tabs or line breaks.';
  if (errors['email']) return 'Enter a valid email address, like name@example.com.';
  if (errors['phone'])
    return 'Use 7 to 20 characters: digits, spaces and + - ( ) ., with at least 7 digits.';
  if (errors['postalCode'])
    return country === 'CA'
      ? 'A Canadian postal code looks like K1A 0B1.'
      : 'A US ZIP code looks like 12345 or 12345-6789.';
  if (errors['routingNumber'])
    return country === 'CA'
      ? 'A Canadian routing number is 9 digits starting with 0 (0, institution, transit).'
      : 'A US routing number is 9 digits with a valid ABA check digit; check it for typos.';
  if (errors['accountNumber']) return 'The account number is 4 to 17 digits.';
  return 'Check this value.';
}

const REQUIRED: Readonly<Record<string, string>> = {
  contactName: 'billing contact’s name',
  email: 'billing email address',
  phone: 'billing phone number',
  'address.line1': 'street address',
  'address.city': 'city',
  'address.country': 'country',
  'bankAccount.accountHolder': 'account holder’s name',
  'bankAccount.routingNumber': 'routing number',
  'bankAccount.accountNumber': 'account number',
};

function requiredName(path: string, labels: ReturnType<typeof addressLabels>): string {
  if (path === 'address.region') return labels.region.toLowerCase();
  if (path === 'address.postalCode') return labels.postalCode.replace('Postal', 'postal');
  return 'value';
}
