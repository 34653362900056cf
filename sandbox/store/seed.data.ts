import type { Configuration } from '../access/configuration.ts';
import type {
  AccountFlags,
  OrganizationRecord,
  Processor,
  SecurityQuestion,
  UserProfile,
} from './users.ts';
import { VENDOR_SEED_CONFIGURATION } from './vendor-configuration.data.ts';

/** Every demo user's password. */
export const DEMO_PASSWORD = 'Sandbox!2026';

/** The vendor page's application key, the one registered key of the seed. */
export const SEED_API_KEYS = [
  { key: 'APP6-54a59a59ea7-7440-4f8b-ae96-ffba2e801391', name: 'Portal (vendor example key)' },
];

/** A seeded organization is an organization record as the repository reads it back. */
export type SeedOrganization = OrganizationRecord;

export interface SeedUser {
  userName: string;
  /** What signing in as this user shows: printed at start and listed in the README. */
  shows: string;
  organizationId: string;
  profile: UserProfile;
  accountFlags?: Partial<AccountFlags>;
  isAdmin?: boolean;
  isSysAdmin?: boolean;
  configOverrides?: Configuration;
}

const vantiv: Processor = {
  name: 'Vantiv',
  processor_profile: 'vantiv_profile1',
  date_modified: '20151113190112',
};

export const SEED_ORGANIZATIONS: readonly SeedOrganization[] = [
  {
    id: '1',
    parentId: null,
    name: 'MCM Operations',
    organizationType: 'system',
    chainId: '0',
    storeId: '0',
    terminalId: '0',
    processor: null,
    configuration: VENDOR_SEED_CONFIGURATION,
  },
  {
    id: '8',
    parentId: null,
    name: 'Demo Merchant',
    organizationType: 'merchant',
    chainId: '679',
    storeId: '3',
    terminalId: '1',
    processor: vantiv,
    configuration: VENDOR_SEED_CONFIGURATION,
  },
  {
    id: '20',
    parentId: null,
    name: 'Demo Parent Merchant',
    organizationType: 'merchant',
    chainId: '700',
    storeId: '1',
    terminalId: '1',
    processor: vantiv,
    configuration: { ...VENDOR_SEED_CONFIGURATION, 'account.permissions.allow_submerchants': true },
  },
  {
    id: '21',
    parentId: '20',
    name: 'Demo Submerchant',
    organizationType: 'merchant',
    chainId: '700',
    storeId: '2',
    terminalId: '1',
    processor: vantiv,
    configuration: {
      ...VENDOR_SEED_CONFIGURATION,
      'account.permissions.allow_submerchants': false,
      'account.permissions.add_submerchant.merchant_portal': false,
    },
  },
  {
    id: '30',
    parentId: null,
    name: 'Demo Canadian Merchant',
    organizationType: 'merchant',
    chainId: '680',
    storeId: '1',
    terminalId: '1',
    processor: {
      name: 'Moneris',
      processor_profile: 'moneris_profile1',
      date_modified: '20160104120000',
    },
    configuration: {
      ...VENDOR_SEED_CONFIGURATION,
      'processing.config.currency': { code: 'CAD', iso: 124, symbol: '$' },
      'account.locale.available_locales': 'en_CA',
    },
  },
];

/** The vendor example's two questions; answers in clear text as the vendor returns them. */
export const SEED_SECURITY_QUESTIONS: readonly SecurityQuestion[] = [
  {
    id: '13',
    question: 'What is the name of your favorite childhood friend?',
    answer: 'testAnswer',
  },
  { id: '15', question: 'What school did you attend for sixth grade?', answer: 'testAnswer' },
];

function profile(
  first: string,
  last: string,
  title: string,
  email: string,
  phone: string,
  locale = 'en-US',
): UserProfile {
  return {
    first_name: first,
    middle_name_initial: '',
    last_name: last,
    title,
    primary_email: email,
    cell_phone: phone,
    work_phone: '1001001000',
    other_phone: '',
    locale,
  };
}

export const SEED_USERS: readonly SeedUser[] = [
  {
    userName: 'merchant',
    shows: 'Merchant of org 8, the vendor example configuration exactly (everything on, USD)',
    organizationId: '8',
    profile: profile('Morgan', 'Merchant', 'Owner', 'merchant@example.com', '1151151155'),
  },
  {
    userName: 'clerk',
    shows:
      'Org 8 clerk: no virtual terminal, no inventory, no refund, no void, no receipt settings',
    organizationId: '8',
    profile: profile('Casey', 'Clerk', 'Cashier', 'clerk@example.com', '1151151156'),
    configOverrides: {
      'component.access.virtual_terminal': false,
      'component.access.inventory_management': false,
      'processing.permissions.refund': false,
      'processing.permissions.void': false,
      'account.permissions.edit_email_receipt': false,
    },
  },
  {
    userName: 'admin',
    shows: 'Organization admin (is_admin) of org 20, which has submerchant org 21',
    organizationId: '20',
    isAdmin: true,
    profile: profile('Avery', 'Admin', 'Administrator', 'admin@example.com', '1151151157'),
  },
  {
    userName: 'sysadmin',
    shows: 'System administrator (is_sys_admin), org 1 of type "system"',
    organizationId: '1',
    isSysAdmin: true,
    profile: profile('Sam', 'Sysadmin', 'Operations', 'sysadmin@example.com', '1151151158'),
  },
  {
    userName: 'newuser',
    shows: 'First login: must change password and accept terms (account_flags)',
    organizationId: '8',
    profile: profile('Nico', 'Newuser', '', 'newuser@example.com', '1151151159'),
    accountFlags: { change_password_required: true, accept_terms_and_conditions_required: true },
  },
  {
    userName: 'canada',
    shows: 'Canadian merchant (org 30): locale en-CA, currency CAD',
    organizationId: '30',
    profile: profile('Camille', 'Canada', 'Owner', 'canada@example.com', '1151151160', 'en-CA'),
  },
];

/** Name and description of every demo user, for the start banner and the README. */
export const DEMO_USERS = SEED_USERS.map(({ userName, shows }) => ({ userName, shows }));
