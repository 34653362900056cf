import { ConfigurationDto } from '../wsapi/wsapi.dto';

/** How a configuration value is read, whatever JSON type the WSAPI happened to send. */
type Kind = 'boolean' | 'number' | 'string' | 'list' | 'currency';

export interface Currency {
  readonly code: string;
  readonly iso: number;
  readonly symbol: string;
}

interface KindValue {
  boolean: boolean;
  number: number;
  string: string;
  list: readonly string[];
  currency: Currency;
}

/**
 * Every configuration key the portal reads, with how to read it and the value used when the
 * WSAPI does not send it. Defaults deny: a missing permission or feature flag reads as `false`;
 * a missing idle timeout reads as 15 minutes (PCI DSS 8.2.8's ceiling).
 */
export const CONFIG_KEYS = {
  'account.locale.available_locales': { kind: 'list', default: [] as readonly string[] },
  'account.permissions.add_submerchant.merchant_portal': { kind: 'boolean', default: false },
  'account.permissions.allow_submerchants': { kind: 'boolean', default: false },
  'account.permissions.change_address': { kind: 'boolean', default: false },
  'account.permissions.change_name': { kind: 'boolean', default: false },
  'account.permissions.edit_email_receipt': { kind: 'boolean', default: false },
  'account.permissions.order_accessories.merchant_portal': { kind: 'boolean', default: false },
  'branding.theme': { kind: 'string', default: 'default' },
  'component.access.inventory_management': { kind: 'boolean', default: false },
  'component.access.virtual_terminal': { kind: 'boolean', default: false },
  'processing.config.avs': { kind: 'boolean', default: false },
  'processing.config.capture_signature': { kind: 'string', default: 'Off' },
  'processing.config.currency': {
    kind: 'currency',
    default: { code: 'USD', iso: 840, symbol: '$' },
  },
  'processing.config.cvv': { kind: 'boolean', default: false },
  'processing.config.discount': { kind: 'boolean', default: false },
  'processing.config.small_ticket': { kind: 'string', default: 'Off' },
  'processing.config.tax': { kind: 'boolean', default: false },
  'processing.config.tax.default': { kind: 'number', default: 0 },
  'processing.config.tender_types': { kind: 'list', default: [] as readonly string[] },
  'processing.config.tip': { kind: 'boolean', default: false },
  'processing.permissions.manual_entry': { kind: 'boolean', default: false },
  'processing.permissions.refund': { kind: 'boolean', default: false },
  'processing.permissions.refund.for_submerchant': { kind: 'boolean', default: false },
  'processing.permissions.refund.merchant_portal': { kind: 'boolean', default: false },
  'processing.permissions.refund.mobile': { kind: 'boolean', default: false },
  'processing.permissions.refund.smart_refund': { kind: 'boolean', default: false },
  'processing.permissions.void': { kind: 'boolean', default: false },
  'processing.receipt.show_tax': { kind: 'boolean', default: false },
  'security.account_locking.count_memory': { kind: 'number', default: 30 },
  'security.account_locking.failed_attempts_limit': { kind: 'number', default: 3 },
  'security.account_locking.lockout_duration': { kind: 'number', default: 2 },
  'security.session_timeout.mobile': { kind: 'number', default: 15 },
} as const satisfies Record<string, { kind: Kind; default: unknown }>;

export type ConfigKey = keyof typeof CONFIG_KEYS;
export type ConfigValue<K extends ConfigKey> = KindValue[(typeof CONFIG_KEYS)[K]['kind']];
/** Keys whose value is a boolean: the ones a guard or `*mcmIfFlag` can test. */
export type ConfigFlag = {
  [K in ConfigKey]: ConfigValue<K> extends boolean ? K : never;
}[ConfigKey];

/** The configuration map as received (minus nothing: it holds no secrets). */
export type Configuration = Readonly<ConfigurationDto>;

function asBoolean(raw: unknown): boolean | undefined {
  if (typeof raw === 'boolean') return raw;
  if (raw === 'true' || raw === 1 || raw === '1') return true;
  if (raw === 'false' || raw === 0 || raw === '0') return false;
  return undefined;
}

function asNumber(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(raw)) return Number(raw);
  return undefined;
}

function asList(raw: unknown): readonly string[] | undefined {
  if (Array.isArray(raw)) return raw.filter((item): item is string => typeof item === 'string');
  if (typeof raw === 'string') {
    return raw
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== '');
  }
  return undefined;
}

function asCurrency(raw: unknown): Currency | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { code, iso, symbol } = raw as Record<string, unknown>;
  const isoNumber = asNumber(iso);
  if (typeof code !== 'string' || !/^[A-Z]{3}$/.test(code) || isoNumber === undefined)
    return undefined;
  return { code, iso: isoNumber, symbol: typeof symbol === 'string' ? symbol : code };
}

const readers: { [K in Kind]: (raw: unknown) => KindValue[K] | undefined } = {
  boolean: asBoolean,
  number: asNumber,
  string: (raw) =>
    typeof raw === 'string' ? raw : typeof raw === 'number' ? String(raw) : undefined,
  list: asList,
  currency: asCurrency,
};

/**
 * The one way to read configuration: `"30"` and `30` both read as 30, `"en_US, en_CA"` as a
 * list, a value of the wrong shape or a missing key as the key's documented default.
 */
export function readConfig<K extends ConfigKey>(
  configuration: Configuration | null,
  key: K,
): ConfigValue<K> {
  const spec = CONFIG_KEYS[key];
  const read = readers[spec.kind] as (raw: unknown) => ConfigValue<K> | undefined;
  const value = configuration ? read(configuration[key]) : undefined;
  return value === undefined ? (spec.default as ConfigValue<K>) : value;
}
