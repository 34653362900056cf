import { OperatorFunction, catchError, map, of } from 'rxjs';
import { WsapiError, toWsapiError } from './wsapi-error';

/**
 * A WSAPI request as the actions an effect dispatches: `done(answer)` for its answer, or
 * `failed({ error })` with the failure read by `readError` (`toWsapiError` unless a feature reads
 * some statuses its own way). `api.get(id).pipe(answerAs((item) => loaded({ item }), loadFailed))`
 */
export function answerAs<T, Done, Failed>(
  done: (answer: T) => Done,
  failed: (props: { error: WsapiError }) => Failed,
  readError: (error: unknown) => WsapiError = toWsapiError,
): OperatorFunction<T, Done | Failed> {
  return (request$) =>
    request$.pipe(
      map(done),
      catchError((error: unknown) => of(failed({ error: readError(error) }))),
    );
}
