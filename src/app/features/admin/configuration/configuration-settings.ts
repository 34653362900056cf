import { featureName } from '../../../core/access/permissions';
import { ConfigFlag } from '../../../core/auth/configuration';

/**
 * What each configuration key means to a person, in one place: the groups (by key prefix, in the
 * order shown) and, per key, its label and the kind of control it takes. The editor reads this
 * table only; a key the table does not know still shows (labelled from its key) and edits in its
 * own JSON kind. A flag the portal checks is labelled with the name the No-access page gives its
 * feature (core/access), so both say the same words.
 */

/** The groups, in the order they are shown; every other key goes to "Other", last. */
export const CONFIGURATION_GROUPS: readonly { readonly prefix: string; readonly label: string }[] =
  [
    { prefix: 'component.access', label: 'Feature access' },
    { prefix: 'processing.permissions', label: 'Processing permissions' },
    { prefix: 'processing.config', label: 'Processing settings' },
    { prefix: 'account.permissions', label: 'Account permissions' },
    { prefix: 'security', label: 'Security' },
  ];

export const OTHER_GROUP_LABEL = 'Other';

/**
 * The vendor's IMSConfigOptions (VENDOR-HINTS §3.7: 1 Off, 2 Optional, 3 Required; 0 Unknown is
 * never offered), carried on the wire as these strings (`processing.config.capture_signature`
 * is `"Optional"` in the login example).
 */
export const CONFIG_OPTIONS = ['Off', 'Optional', 'Required'] as const;
export type ConfigOption = (typeof CONFIG_OPTIONS)[number];

/**
 * Each option as the select's list says it, after the vendor's display rules (VENDOR-HINTS §7:
 * Off = hidden and off, Optional = shown on and the user may change it, Required = always on).
 */
export const CONFIG_OPTION_TEXT: Readonly<Record<ConfigOption, string>> = {
  Off: 'Off: not asked',
  Optional: 'Optional: on, the user may turn it off',
  Required: 'Required: always on',
};

/**
 * The control a key is meant to have: a switch (boolean), a choice among {@link CONFIG_OPTIONS},
 * a number (even when the WSAPI carries it as a string, like `count_memory` "30"), text, or
 * none (objects and lists, such as the currency, are read-only here).
 */
export type SettingKind = 'switch' | 'choice' | 'number' | 'text' | 'read-only';

export interface Setting {
  readonly label: string;
  readonly kind: SettingKind;
  /** A short line under the field while editing (units, an example). */
  readonly hint?: string;
}

const CENTS = 'In cents: 2500 is $25.00.';
const MINUTES = 'In minutes.';
const on = (label: string): Setting => ({ label, kind: 'switch' });
const count = (label: string, hint?: string): Setting => ({ label, kind: 'number', hint });
const options = (label: string): Setting => ({ label, kind: 'choice' });
/** The switches of flags the portal checks, labelled by their feature's name, in this order. */
const features = (...flags: readonly ConfigFlag[]): Record<string, Setting> =>
  Object.fromEntries(flags.map((flag) => [flag, on(featureName(flag))]));

/** Every key the sandbox seeds and the vendor documents (CONTRACT §2, VENDOR-HINTS §7). */
export const CONFIGURATION_SETTINGS: Readonly<Record<string, Setting>> = {
  ...features('component.access.inventory_management', 'component.access.virtual_terminal'),

  ...features(
    'processing.permissions.manual_entry',
    'processing.permissions.refund',
    'processing.permissions.refund.for_submerchant',
    'processing.permissions.refund.merchant_portal',
    'processing.permissions.refund.mobile',
    'processing.permissions.refund.smart_refund',
    'processing.permissions.void',
  ),

  ...features('processing.config.avs'),
  'processing.config.avs.reverse_mismatch': on('Reverse a sale whose address does not match'),
  'processing.config.capture_signature': options('Signature capture'),
  'processing.config.collect_geolocation': on('Record the location'),
  'processing.config.collect_optional_info': on('Notes and invoice number'),
  'processing.config.currency': { label: 'Currency', kind: 'read-only' },
  ...features('processing.config.cvv'),
  'processing.config.cvv.reverse_mismatch': on('Reverse a sale whose security code does not match'),
  ...features('processing.config.discount'),
  'processing.config.processor_profile': count('Processor profile'),
  'processing.config.show_paper_receipt': on('Paper receipt'),
  'processing.config.small_ticket': options('Small ticket (no signature)'),
  'processing.config.small_ticket.max': count('Small ticket limit', CENTS),
  'processing.config.small_ticket.contactless': options('Small ticket, contactless'),
  'processing.config.small_ticket.contactless.max': count('Small ticket limit, contactless', CENTS),
  ...features('processing.config.tax'),
  'processing.config.tax.default': count('Default tax rate (%)', 'A percentage, like 1.23.'),
  'processing.config.tender_types': { label: 'Tender types', kind: 'read-only' },
  ...features('processing.config.tip'),

  ...features(
    'account.permissions.add_submerchant.merchant_portal',
    'account.permissions.allow_submerchants',
    'account.permissions.change_address',
    'account.permissions.change_name',
    'account.permissions.edit_email_receipt',
    'account.permissions.order_accessories.merchant_portal',
  ),

  'security.account_locking.count_memory': count(
    'Failed sign-ins remembered for (minutes)',
    MINUTES,
  ),
  'security.account_locking.failed_attempts_limit': count(
    'Failed sign-ins before the account locks',
  ),
  'security.account_locking.lockout_duration': count('Lockout duration (minutes)', MINUTES),
  'security.session_timeout.mobile': count('Idle sign-out on mobile (minutes)', MINUTES),

  'account.locale.available_locales': { label: 'Available languages', kind: 'text' },
  'branding.theme': { label: 'Theme', kind: 'text' },
  'branding.theme.available_themes': { label: 'Available themes', kind: 'text' },
  ...features('processing.receipt.show_tax'),
};

/** The table's entry for `key`; an unknown key is labelled from `name` (`foo_bar.baz` → "Foo bar baz"). */
export function settingOf(key: string, name: string): Setting {
  const known = Object.hasOwn(CONFIGURATION_SETTINGS, key) ? CONFIGURATION_SETTINGS[key] : null;
  if (known) return known;
  const words = name.replace(/[._]+/g, ' ').trim();
  return { label: words.charAt(0).toUpperCase() + words.slice(1), kind: 'text' };
}
