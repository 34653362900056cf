/**
 * The one shape of every body and query the sandbox validates: a closed JSON-schema object (no
 * unknown keys: Ajv reports one as `invalid_request` on that key) of these `properties`, the
 * `required` ones among them. The schemas check shape and types only; the rules with human
 * messages live next to each resource.
 */
export function closedObject<const Properties extends Record<string, unknown>>(
  properties: Properties,
  required?: readonly (keyof Properties & string)[],
) {
  return {
    type: 'object',
    ...(required === undefined ? {} : { required }),
    additionalProperties: false,
    properties,
  } as const;
}
