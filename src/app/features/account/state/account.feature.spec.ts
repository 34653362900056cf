import { profileFixture } from '../account.testing';
import { AccountApiActions, AccountPageActions } from './account.actions';
import { AccountState, accountFeature, initialAccountState } from './account.feature';

const profile = profileFixture({ cellPhone: '', address: null });

const reduce = (state: AccountState, ...actions: Parameters<typeof accountFeature.reducer>[1][]) =>
  actions.reduce((current, action) => accountFeature.reducer(current, action), state);

describe('account feature', () => {
  it('tracks each section’s save on its own', () => {
    const state = reduce(
      initialAccountState,
      AccountPageActions.nameSubmitted({
        name: { firstName: 'A', middleNameInitial: '', lastName: 'B' },
      }),
      AccountPageActions.localeSubmitted({ locale: 'en-CA' }),
      AccountApiActions.saveFailed({ section: 'locale', error: { kind: 'network' } }),
    );
    expect(state.saves.name).toEqual({ status: 'saving', error: null });
    expect(state.saves.locale).toEqual({ status: 'failed', error: { kind: 'network' } });
    expect(state.saves.address.status).toBe('idle');
  });

  it('keeps the saved profile and marks the section saved', () => {
    const saved = { ...profile, firstName: 'Mo' };
    const state = reduce(
      initialAccountState,
      AccountApiActions.profileLoaded({ profile }),
      AccountPageActions.nameSubmitted({
        name: { firstName: 'Mo', middleNameInitial: '', lastName: 'Merchant' },
      }),
      AccountApiActions.profileSaved({ section: 'name', profile: saved }),
    );
    expect(state.profile).toEqual(saved);
    expect(state.saves.name.status).toBe('saved');
  });

  it('a saved email updates the loaded profile', () => {
    const state = reduce(
      initialAccountState,
      AccountApiActions.profileLoaded({ profile }),
      AccountApiActions.emailSaved({ primaryEmail: 'new@example.com' }),
    );
    expect(state.profile?.primaryEmail).toBe('new@example.com');
    expect(state.saves.email.status).toBe('saved');
  });

  it('a password submit keeps only the fact of saving, never the password', () => {
    const state = reduce(
      initialAccountState,
      AccountPageActions.passwordSubmitted({
        password: { current: 'Old-secret-1', next: 'New-secret-2026' },
      }),
    );
    expect(state.saves.password.status).toBe('saving');
    expect(JSON.stringify(state)).not.toContain('secret');
  });

  it('opening the page again forgets earlier messages but keeps what was loaded', () => {
    const state = reduce(
      initialAccountState,
      AccountApiActions.profileLoaded({ profile }),
      AccountApiActions.saveFailed({ section: 'name', error: { kind: 'timeout' } }),
      AccountApiActions.receiptSettingsLoadFailed({ error: { kind: 'network' } }),
      AccountPageActions.opened(),
    );
    expect(state.profile).toEqual(profile);
    expect(state.saves.name.status).toBe('idle');
    expect(state.receiptError).toBeNull();
  });
});
