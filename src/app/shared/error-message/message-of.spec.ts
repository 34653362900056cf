import { signal } from '@angular/core';
import { WsapiError } from '../../core/wsapi/wsapi-error';
import { messageOf } from './message-of';

describe('messageOf', () => {
  it('is null without an error, and follows the error as it changes', () => {
    const error = signal<WsapiError | null>(null);
    const message = messageOf(error, (current) => `Failed: ${current.kind}`);
    expect(message()).toBeNull();

    error.set({ kind: 'network' });
    expect(message()).toBe('Failed: network');

    error.set(null);
    expect(message()).toBeNull();
  });
});
