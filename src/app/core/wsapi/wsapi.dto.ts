// Shapes of the vendor's JSON, exactly as the WSAPI sends them (snake_case, loose types), taken
// from the published contract's generated types (wsapi.openapi.ts, `npm run contract`), never
// written by hand. Nothing outside core/ sees these: core/auth maps them to domain models at the edge.
import type { paths } from './wsapi.openapi';

type Method = 'get' | 'put' | 'post' | 'delete';

/** The JSON body of the 200 answer of `method path` in the published contract. */
export type WsapiAnswer<Path extends keyof paths, M extends Method> =
  NonNullable<paths[Path][M]> extends {
    responses: { 200: { content: { 'application/json': infer Answer } } };
  }
    ? Answer
    : never;

export type LoginResponseDto = WsapiAnswer<'/WSAPI/Authentication', 'post'>;
export type RefreshResponseDto = WsapiAnswer<'/WSAPI/Authentication', 'put'>;
export type UserDto = LoginResponseDto['user'];
export type SessionDto = LoginResponseDto['session'];

/** A flat map with dotted keys; values are not consistently typed (see the config accessor). */
export type ConfigurationDto = LoginResponseDto['configuration'];
