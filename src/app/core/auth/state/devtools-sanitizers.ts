import { Action } from '@ngrx/store';

const MASK = '***';
const SECRET_KEYS = new Set(['password', 'token', 'answer']);

/** A copy of `value` with every password, token and security answer masked, at any depth. */
export function maskSecrets<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => maskSecrets(item)) as T;
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      SECRET_KEYS.has(key) ? MASK : maskSecrets(item),
    ]),
  ) as T;
}

export const sanitizeAction = (action: Action): Action => maskSecrets(action);
export const sanitizeState = (state: unknown): unknown => maskSecrets(state);
