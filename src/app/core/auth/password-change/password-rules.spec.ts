import { brokenPasswordRules, passwordRuleError } from './password-rules';

describe('brokenPasswordRules', () => {
  const context = { userName: 'Merchant', currentPassword: 'Sandbox!2026' };

  it('accepts 12+ characters with a letter and a digit, new, without the user name', () => {
    expect(brokenPasswordRules('Harbour-lights-42', context)).toEqual([]);
  });

  it('lists every broken rule, in the order the page shows them', () => {
    expect(brokenPasswordRules('merchant', context)).toEqual([
      'length',
      'letter-and-digit',
      'no-user-name',
    ]);
    expect(brokenPasswordRules('Sandbox!2026', context)).toEqual(['changed']);
  });

  it('counts any letter, and finds the user name whatever its case', () => {
    expect(brokenPasswordRules('Ångström-2026x', context)).toEqual([]);
    expect(brokenPasswordRules('my-MERCHANT-2026', context)).toEqual(['no-user-name']);
    expect(brokenPasswordRules('my-merchant-2026', { ...context, userName: '  ' })).toEqual([]);
  });

  it('allows 128 characters but not 129', () => {
    expect(brokenPasswordRules(`a1${'x'.repeat(126)}`, context)).toEqual([]);
    expect(brokenPasswordRules(`a1${'x'.repeat(127)}`, context)).toEqual(['length']);
  });
});

describe('passwordRuleError', () => {
  it('names the first broken rule', () => {
    expect(passwordRuleError(['no-user-name', 'length'])).toBe('Use 12 to 128 characters.');
    expect(passwordRuleError(['changed'])).toBe(
      'Choose a password different from your current one.',
    );
    expect(passwordRuleError([])).toBeNull();
  });
});
