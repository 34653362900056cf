import { HttpErrorResponse } from '@angular/common/http';
import { firstValueFrom, of, throwError } from 'rxjs';
import { WsapiError } from './wsapi-error';
import { answerAs } from './answer-as';

const done = (answer: number) => ({ type: 'done', answer });
const failed = ({ error }: { error: WsapiError }) => ({ type: 'failed', error });

describe('answerAs', () => {
  it('maps the answer to the done action', async () => {
    expect(await firstValueFrom(of(7).pipe(answerAs(done, failed)))).toEqual({
      type: 'done',
      answer: 7,
    });
  });

  it('turns a failure into the failed action, read by toWsapiError', async () => {
    const lost = throwError(() => new HttpErrorResponse({ status: 0 }));
    expect(await firstValueFrom(lost.pipe(answerAs(done, failed)))).toEqual({
      type: 'failed',
      error: { kind: 'network' },
    });
  });

  it("reads the failure the feature's own way when it gives one", async () => {
    const lost = throwError(() => new Error('boom'));
    const read = (): WsapiError => ({ kind: 'timeout' });
    expect(await firstValueFrom(lost.pipe(answerAs(done, failed, read)))).toEqual({
      type: 'failed',
      error: { kind: 'timeout' },
    });
  });
});
