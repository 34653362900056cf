import { describeDetails } from './audit-details';

describe('describeDetails', () => {
  it('reads as key: value pairs', () => {
    expect(describeDetails({ sessions_ended: 2, changed: ['phone', 'bank_account'] })).toBe(
      'sessions ended: 2; changed: phone, bank_account',
    );
  });

  it('shows changes as from → to and booleans as on/off', () => {
    expect(
      describeDetails({
        changes: { 'component.access.virtual_terminal': { from: true, to: false } },
      }),
    ).toBe('changes: { component.access.virtual_terminal: on → off }');
  });

  it('nothing is empty; null is none', () => {
    expect(describeDetails({})).toBe('');
    expect(describeDetails({ parent_organization_id: null })).toBe('parent organization id: none');
  });

  it('keeps markup as text (the template interpolates it)', () => {
    expect(describeDetails({ name: '<img src=x onerror=alert(1)>' })).toBe(
      'name: <img src=x onerror=alert(1)>',
    );
  });
});
