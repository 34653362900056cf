/** A configuration value as the vendor sends it: see CONTRACT §2 (types are not consistent). */
export type ConfigValue =
  boolean | number | string | string[] | { [key: string]: string | number | boolean };

/** The flat, dotted-key configuration map of the login response. */
export type Configuration = Record<string, ConfigValue>;

/** The effective configuration of a user: the organization's, then the user's overrides on top. */
export function effectiveConfiguration(
  organization: Configuration,
  overrides: Configuration,
): Configuration {
  return { ...organization, ...overrides };
}

/**
 * The one coercing reader for flags. `true`, `"true"`, `1` and `"1"` are on; everything else
 * (missing keys included) is off: a flag the server does not know about never grants anything.
 */
export function configFlag(configuration: Configuration, key: string): boolean {
  const value = configuration[key];
  return value === true || value === 1 || value === 'true' || value === '1';
}

/** A number, whether the vendor wrote it as a number or a string ("30"); `fallback` otherwise. */
export function configNumber(configuration: Configuration, key: string, fallback: number): number {
  const value = configuration[key];
  const number =
    typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : NaN;
  return Number.isFinite(number) && (typeof value !== 'string' || value.trim() !== '')
    ? number
    : fallback;
}
