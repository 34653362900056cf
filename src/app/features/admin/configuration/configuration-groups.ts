import { ConfigurationMap, JsonValue } from './configuration-api';
import {
  CONFIGURATION_GROUPS,
  CONFIG_OPTIONS,
  OTHER_GROUP_LABEL,
  Setting,
  SettingKind,
  settingOf,
} from './configuration-settings';

/** How a value is shown and whether it can be edited here (objects and lists cannot). */
export type ValueKind = 'boolean' | 'number' | 'string' | 'object' | 'list' | 'none';

export interface ConfigurationEntry {
  /** The whole key, as the WSAPI names it (`component.access.virtual_terminal`). */
  readonly key: string;
  /** The key after its group's prefix (`virtual_terminal`); the whole key in "Other". */
  readonly name: string;
  /** What a person calls it ("Virtual terminal"), from the settings table. */
  readonly label: string;
  /** A short line under the field while editing (units, an example), if any. */
  readonly hint: string | null;
  readonly value: JsonValue;
  readonly kind: ValueKind;
  /**
   * The control it is edited with: the table's kind where the value's JSON kind allows it, else
   * the value's own kind (a switch for a boolean, a number field for a number, text for a string
   * that is not one of the vendor's options, none for objects and lists).
   */
  readonly control: SettingKind;
  /** The value as a person reads it: On/Off, `code: USD, iso: 840`, a string as is. */
  readonly display: string;
}

export interface ConfigurationGroup {
  /** The key prefix (`component.access`), or `''` for "Other". */
  readonly prefix: string;
  readonly label: string;
  readonly entries: readonly ConfigurationEntry[];
}

export function kindOf(value: JsonValue | undefined): ValueKind {
  if (value === null || value === undefined) return 'none';
  if (Array.isArray(value)) return 'list';
  switch (typeof value) {
    case 'boolean':
      return 'boolean';
    case 'number':
      return 'number';
    case 'string':
      return 'string';
    default:
      return 'object';
  }
}

/** Booleans as On/Off, objects as `key: value` pairs, lists comma-separated, strings as is. */
export function formatValue(value: JsonValue | undefined): string {
  if (value === null || value === undefined) return 'Not set';
  if (Array.isArray(value)) return value.length ? value.map(formatInner).join(', ') : 'None';
  switch (typeof value) {
    case 'boolean':
      return value ? 'On' : 'Off';
    case 'number':
      return String(value);
    case 'string':
      return value === '' ? 'Empty' : value;
    default: {
      const pairs = Object.entries(value);
      return pairs.length
        ? pairs.map(([key, inner]) => `${key}: ${formatInner(inner)}`).join(', ')
        : 'None';
    }
  }
}

/** A value inside a list or an object: nested structures stay compact JSON. */
function formatInner(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'On' : 'Off';
  return JSON.stringify(value) ?? '';
}

/** See {@link ConfigurationEntry.control}. */
export function controlOf(value: JsonValue, setting: Setting): SettingKind {
  switch (kindOf(value)) {
    case 'boolean':
      return 'switch';
    case 'number':
      return 'number';
    case 'string':
      if (setting.kind === 'choice')
        return (CONFIG_OPTIONS as readonly JsonValue[]).includes(value) ? 'choice' : 'text';
      return setting.kind === 'number' ? 'number' : 'text';
    default:
      return 'read-only';
  }
}

/**
 * The configuration in the settings table's groups (empty groups left out), each sorted by key;
 * an entry is named by what follows its group's prefix and labelled from the table.
 */
export function groupConfiguration(configuration: ConfigurationMap): ConfigurationGroup[] {
  const byPrefix = new Map<string, ConfigurationEntry[]>();
  for (const key of Object.keys(configuration).sort(compareKeys)) {
    const group = CONFIGURATION_GROUPS.find(({ prefix }) => key.startsWith(`${prefix}.`));
    const prefix = group?.prefix ?? '';
    const value = configuration[key];
    const name = group ? key.slice(prefix.length + 1) : key;
    const setting = settingOf(key, name);
    const entry: ConfigurationEntry = {
      key,
      name,
      label: setting.label,
      hint: setting.hint ?? null,
      value,
      kind: kindOf(value),
      control: controlOf(value, setting),
      display: formatValue(value),
    };
    byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), entry]);
  }
  return [...CONFIGURATION_GROUPS, { prefix: '', label: OTHER_GROUP_LABEL }]
    .filter(({ prefix }) => byPrefix.has(prefix))
    .map(({ prefix, label }) => ({ prefix, label, entries: byPrefix.get(prefix) ?? [] }));
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
