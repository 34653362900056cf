/** The organizations an admin may see: every one, or an explicit list of ids. */
export type OrganizationScope = { all: true } | { all: false; ids: readonly string[] };

/** `IN (…)` for a scope, with its parameters; `1` (no restriction) for everything. */
export function scopeClause(
  scope: OrganizationScope,
  column: string,
): { sql: string; params: string[] } {
  if (scope.all) return { sql: '1', params: [] };
  if (scope.ids.length === 0) return { sql: '0', params: [] };
  return { sql: `${column} IN (${scope.ids.map(() => '?').join(', ')})`, params: [...scope.ids] };
}
