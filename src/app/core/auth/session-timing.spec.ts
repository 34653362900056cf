import { MAX_IDLE_MINUTES, idleTimeoutMs } from './session-timing';

describe('idleTimeoutMs', () => {
  it('uses the configured minutes within 1 to 15', () => {
    expect(idleTimeoutMs(5)).toBe(5 * 60_000);
    expect(idleTimeoutMs(15)).toBe(15 * 60_000);
  });

  it('never exceeds PCI DSS 8.2.8’s 15 minutes, and distrusts zero or negative values', () => {
    expect(idleTimeoutMs(600)).toBe(MAX_IDLE_MINUTES * 60_000);
    expect(idleTimeoutMs(0)).toBe(MAX_IDLE_MINUTES * 60_000);
    expect(idleTimeoutMs(-5)).toBe(MAX_IDLE_MINUTES * 60_000);
    expect(idleTimeoutMs(NaN)).toBe(MAX_IDLE_MINUTES * 60_000);
  });
});
