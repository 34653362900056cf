import { declineReason } from './decline-reason';

describe('declineReason', () => {
  it('says a known code in words, never the code', () => {
    const reason = declineReason({ code: 'insufficient_funds', message: '' });
    expect(reason).toContain('Insufficient funds.');
    expect(reason).not.toContain('insufficient_funds');
    expect(declineReason({ code: '7051', message: 'x' })).toBe(reason);
  });

  it("falls back to the processor's message, then to a general sentence", () => {
    expect(declineReason({ code: 'new_code', message: 'Call the issuer.' })).toBe(
      'Call the issuer.',
    );
    expect(declineReason({ code: 'new_code', message: ' ' })).toBe('The card was declined.');
  });
});
