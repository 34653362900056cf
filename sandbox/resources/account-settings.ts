import type { FastifyInstance } from 'fastify';
import { authOf, sessionRouteConfig as access } from '../access/access-control.ts';
import { configFlag } from '../access/configuration.ts';
import { apiErrors } from '../http/errors.ts';
import { canEditReceiptSettings } from '../payments/receipt-policy.ts';
import type { UserRecord } from '../store/users.ts';
import {
  addressBody,
  availableLocales,
  localeBody,
  nameBody,
  receiptSettingsBody,
  validAddress,
  validLocale,
  validName,
  validReceiptSettings,
  type AddressBody,
  type LocaleBody,
  type NameBody,
  type ReceiptSettingsBody,
} from './account-settings.schemas.ts';

const PROFILE_URL = '/Users/Profile';
const NAME_URL = '/Users/Name';
const ADDRESS_URL = '/Users/Address';
const LOCALE_URL = '/Users/Locale';
const RECEIPT_SETTINGS_URL = '/Merchants/Current/ReceiptSettings';

/** The profile as account settings shows it: never the security answers or anything secret. */
function profileJson(user: UserRecord) {
  const p = user.profile;
  return {
    user_name: user.userName,
    first_name: p.first_name,
    middle_name_initial: p.middle_name_initial,
    last_name: p.last_name,
    title: p.title,
    primary_email: p.primary_email,
    cell_phone: p.cell_phone,
    work_phone: p.work_phone,
    other_phone: p.other_phone,
    locale: p.locale,
    address: p.address ?? null,
  };
}

/**
 * Account settings [sandbox design]: ordinary protected routes (403 `account_action_required`
 * while a first-login step is pending). Name needs `account.permissions.change_name`, address
 * `account.permissions.change_address`, the organization's email-receipt settings
 * `canEditReceiptSettings` (to change them: an org admin or the user's own effective
 * `account.permissions.edit_email_receipt`; anyone may read them).
 */
export async function accountSettingsRoutes(app: FastifyInstance): Promise<void> {
  const { users, profiles, receipts } = app.repositories;
  const reload = (userId: number) => {
    const user = users.findById(userId);
    if (!user) throw apiErrors.invalidSession();
    return profileJson(user);
  };

  app.get(PROFILE_URL, { config: access() }, async (request) => {
    const { user, configuration } = authOf(request);
    return { ...profileJson(user), available_locales: availableLocales(configuration) };
  });

  app.put<{ Body: NameBody }>(
    NAME_URL,
    { config: access('account.permissions.change_name'), schema: { body: nameBody } },
    async (request) => {
      const { user } = authOf(request);
      const { first, middle, last } = validName(request.body);
      profiles.setName(user.id, first, middle, last);
      return reload(user.id);
    },
  );

  app.put<{ Body: AddressBody }>(
    ADDRESS_URL,
    { config: access('account.permissions.change_address'), schema: { body: addressBody } },
    async (request) => {
      const { user } = authOf(request);
      profiles.setAddress(user.id, validAddress(request.body));
      return reload(user.id);
    },
  );

  app.put<{ Body: LocaleBody }>(
    LOCALE_URL,
    { config: access(), schema: { body: localeBody } },
    async (request) => {
      const { user, configuration } = authOf(request);
      profiles.setLocale(user.id, validLocale(request.body.locale, configuration));
      return reload(user.id);
    },
  );

  app.get(RECEIPT_SETTINGS_URL, { config: access() }, async (request) => {
    const context = authOf(request);
    const { organization, configuration } = context;
    return {
      ...receipts.settings(organization.id),
      editable: canEditReceiptSettings(context),
      show_tax: configFlag(configuration, 'processing.receipt.show_tax'),
    };
  });

  app.put<{ Body: ReceiptSettingsBody }>(
    RECEIPT_SETTINGS_URL,
    { config: access(), schema: { body: receiptSettingsBody } },
    async (request) => {
      const context = authOf(request);
      if (!canEditReceiptSettings(context)) throw apiErrors.forbidden();
      const { organization, configuration } = context;
      receipts.saveSettings(organization.id, validReceiptSettings(request.body));
      return {
        ...receipts.settings(organization.id),
        editable: true,
        show_tax: configFlag(configuration, 'processing.receipt.show_tax'),
      };
    },
  );
}
