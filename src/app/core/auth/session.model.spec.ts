import { loginResponseFixture } from '../../../testing/fixtures/login-response';
import { refreshResponseFixture } from '../../../testing/fixtures/refresh-response';
import { LoginResponseDto, RefreshResponseDto } from '../wsapi/wsapi.dto';
import { applyRefresh, toSession, toSignedIn } from './session.model';

/** `20151222175141` from the fixture, as an instant. */
const FIXTURE_EXPIRES = Date.UTC(2015, 11, 22, 17, 51, 41);
/** Received 20 minutes before the fixture's expiry. */
const RECEIVED_AT = FIXTURE_EXPIRES - 20 * 60_000;
const MINUTE = 60_000;

const login = (): LoginResponseDto => structuredClone(loginResponseFixture);

describe('toSignedIn', () => {
  it('maps the session token, its expiry and when it was issued', () => {
    const { session } = toSignedIn(login(), RECEIVED_AT, null);
    expect(session).toEqual({
      token: 'MCM6-fd55c7-7429-447c-9918-c80162574cdb',
      expiresAt: FIXTURE_EXPIRES,
      issuedAt: RECEIVED_AT,
    });
  });

  it('maps the organization ids', () => {
    expect(toSignedIn(login(), RECEIVED_AT, null).account.organization).toEqual({
      organizationId: '8',
      organizationType: 'merchant',
      chainId: '679',
      storeId: '3',
      terminalId: '1',
    });
  });

  it('maps the user profile to camelCase', () => {
    const { user } = toSignedIn(login(), RECEIVED_AT, null).account;
    expect(user).toEqual({
      userName: 'myUserName',
      title: '',
      firstName: 'MyFirstName',
      middleNameInitial: '',
      lastName: 'MyLastName',
      primaryEmail: 'myEmail@ingenico.com',
      cellPhone: '1151151155',
      workPhone: '1001001000',
      otherPhone: '',
      locale: 'en-US',
      isAdmin: false,
      isSysAdmin: false,
      testAccount: false,
      billOrganization: false,
      accountFlags: {
        changeEmailRequired: false,
        changePasswordRequired: false,
        changeSecurityQuestionsRequired: false,
        acceptTermsAndConditionsRequired: false,
      },
      securityQuestions: [
        { id: '13', question: 'What is the name of your favorite childhood friend?' },
        { id: '15', question: 'What school did you attend for sixth grade?' },
      ],
    });
  });

  it('reads true flags as true and anything else as false', () => {
    const dto = login();
    dto.user.is_admin = true;
    dto.user.test_account = true;
    dto.user.account_flags = {
      change_email_required: false,
      change_password_required: true,
      change_security_questions_required: false,
      accept_terms_and_conditions_required: true,
    };
    (dto.user as unknown as Record<string, unknown>)['is_sys_admin'] = 'true';
    const { user } = toSignedIn(dto, RECEIVED_AT, null).account;
    expect(user.isAdmin).toBeTrue();
    expect(user.testAccount).toBeTrue();
    expect(user.isSysAdmin).toBeFalse();
    expect(user.accountFlags.changePasswordRequired).toBeTrue();
    expect(user.accountFlags.acceptTermsAndConditionsRequired).toBeTrue();
    expect(user.accountFlags.changeEmailRequired).toBeFalse();
  });

  it('fills optional profile fields that are missing with safe values', () => {
    const dto = login();
    delete dto.user.first_name;
    delete dto.user.locale;
    delete dto.user.account_flags;
    delete dto.user.security_questions;
    const { user } = toSignedIn(dto, RECEIVED_AT, null).account;
    expect(user.firstName).toBe('');
    expect(user.locale).toBe('en-US');
    expect(user.accountFlags.changePasswordRequired).toBeFalse();
    expect(user.securityQuestions).toEqual([]);
  });

  it('maps the processor', () => {
    expect(toSignedIn(login(), RECEIVED_AT, null).account.processor).toEqual({
      name: 'Vantiv',
      processorProfile: 'vantiv_profile1',
      dateModified: '20151113190112',
    });
  });

  it('maps a missing processor to null', () => {
    const dto = login();
    delete dto.processor;
    expect(toSignedIn(dto, RECEIVED_AT, null).account.processor).toBeNull();
  });

  it('keeps the configuration map as received, as a copy', () => {
    const dto = login();
    const { configuration } = toSignedIn(dto, RECEIVED_AT, null).account;
    expect(configuration).toEqual(loginResponseFixture.configuration);
    expect(configuration).not.toBe(dto.configuration);
  });

  it('keeps no security-question answer anywhere in the result', () => {
    const result = toSignedIn(login(), RECEIVED_AT, null);
    expect(JSON.stringify(result)).not.toContain('testAnswer');
    for (const question of result.account.user.securityQuestions) {
      expect(Object.keys(question).sort()).toEqual(['id', 'question']);
    }
  });

  it('does not modify the response it maps', () => {
    const dto = login();
    toSignedIn(dto, RECEIVED_AT, MINUTE);
    expect(dto).toEqual(loginResponseFixture);
  });

  describe('expiry', () => {
    it('reads an unparsable expiry as "expires now"', () => {
      for (const expires of ['', 'tomorrow', '2015-12-22T17:51:41Z', '20150231120000']) {
        const dto = login();
        dto.session.expires = expires;
        expect(toSignedIn(dto, RECEIVED_AT, null).session.expiresAt)
          .withContext(expires)
          .toBe(RECEIVED_AT);
      }
    });

    it('moves the expiry earlier by the skew when the server clock is ahead', () => {
      const serverNow = RECEIVED_AT + 10 * MINUTE;
      expect(toSignedIn(login(), RECEIVED_AT, serverNow).session.expiresAt).toBe(
        FIXTURE_EXPIRES - 10 * MINUTE,
      );
    });

    it('moves the expiry later by the skew when the server clock is behind', () => {
      const serverNow = RECEIVED_AT - 3 * MINUTE;
      expect(toSignedIn(login(), RECEIVED_AT, serverNow).session.expiresAt).toBe(
        FIXTURE_EXPIRES + 3 * MINUTE,
      );
    });

    it('ignores a skew under 5 seconds (Date header resolution and latency)', () => {
      expect(toSignedIn(login(), RECEIVED_AT, RECEIVED_AT + 4_999).session.expiresAt).toBe(
        FIXTURE_EXPIRES,
      );
      expect(toSignedIn(login(), RECEIVED_AT, RECEIVED_AT - 4_999).session.expiresAt).toBe(
        FIXTURE_EXPIRES,
      );
    });

    it('corrects a skew of exactly 5 seconds', () => {
      expect(toSignedIn(login(), RECEIVED_AT, RECEIVED_AT + 5_000).session.expiresAt).toBe(
        FIXTURE_EXPIRES - 5_000,
      );
    });

    it('keeps "expires now" for an unparsable expiry even with a skewed server clock', () => {
      const dto = login();
      dto.session.expires = 'garbage';
      expect(toSignedIn(dto, RECEIVED_AT, RECEIVED_AT + 10 * MINUTE).session.expiresAt).toBe(
        RECEIVED_AT,
      );
    });
  });
});

describe('toSession', () => {
  it('maps a refresh response session with the same clock correction', () => {
    const serverNow = RECEIVED_AT + 2 * MINUTE;
    expect(toSession(refreshResponseFixture.session, RECEIVED_AT, serverNow)).toEqual({
      token: 'MCM6-420ba742-ee06-401a-b1a6-0f6054a3e20d',
      expiresAt: FIXTURE_EXPIRES - 2 * MINUTE,
      issuedAt: RECEIVED_AT,
    });
  });
});

describe('applyRefresh', () => {
  const account = () => toSignedIn(login(), RECEIVED_AT, null).account;
  const refresh = (): RefreshResponseDto => structuredClone(refreshResponseFixture);

  it('keeps the configuration, profile and processor from sign-in', () => {
    const before = account();
    const after = applyRefresh(before, refresh());
    expect(after.configuration).toEqual(before.configuration);
    expect(after.processor).toEqual(before.processor);
    expect(after.user.firstName).toBe('MyFirstName');
    expect(after.user.primaryEmail).toBe('myEmail@ingenico.com');
    expect(after.user.securityQuestions).toEqual(before.user.securityQuestions);
    expect(after.organization.organizationId).toBe('8');
  });

  it('takes is_admin, is_sys_admin and test_account from the refresh', () => {
    const dto = refresh();
    dto.user.is_admin = true;
    dto.user.is_sys_admin = true;
    dto.user.test_account = true;
    const { user } = applyRefresh(account(), dto);
    expect(user.isAdmin).toBeTrue();
    expect(user.isSysAdmin).toBeTrue();
    expect(user.testAccount).toBeTrue();
  });

  it('revokes admin rights that the refresh no longer grants', () => {
    const dto = login();
    dto.user.is_admin = true;
    const before = toSignedIn(dto, RECEIVED_AT, null).account;
    expect(applyRefresh(before, refresh()).user.isAdmin).toBeFalse();
  });

  it('takes the organization ids from the refresh', () => {
    const dto = refresh();
    dto.chain_id = '700';
    dto.store_id = '9';
    dto.terminal_id = '4';
    dto.organization_type = 'reseller';
    expect(applyRefresh(account(), dto).organization).toEqual({
      organizationId: '8',
      organizationType: 'reseller',
      chainId: '700',
      storeId: '9',
      terminalId: '4',
    });
  });

  it('keeps the previous ids when the refresh leaves them empty', () => {
    const dto = refresh();
    dto.chain_id = '';
    dto.store_id = '';
    expect(applyRefresh(account(), dto).organization.chainId).toBe('679');
    expect(applyRefresh(account(), dto).organization.storeId).toBe('3');
  });

  it('does not modify the account it is given', () => {
    const before = account();
    const snapshot = structuredClone(before);
    const dto = refresh();
    dto.user.is_admin = true;
    dto.chain_id = '700';
    applyRefresh(before, dto);
    expect(before).toEqual(snapshot);
  });
});
