import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { newPasswordProblem } from '../auth/password-change.ts';
import { AccountRepository } from '../store/account.ts';
import { SECURITY_QUESTION_CATALOGUE } from '../store/security-questions.data.ts';
import { CURRENT_TERMS } from '../store/terms.data.ts';
import {
  DEMO_PASSWORD,
  errorOf,
  headers,
  login,
  loginToken,
  testServer,
  withToken,
} from './helpers.ts';

const TERMS = '/WSAPI/Users/Terms';
const PASSWORD = '/WSAPI/Users/Password';
const EMAIL = '/WSAPI/Users/Email';
const QUESTIONS = '/WSAPI/Users/SecurityQuestions';
const PROBE = '/WSAPI/TestProbe';
const NEW_PASSWORD = 'Brand new pass 2026';

interface Flags {
  change_email_required: boolean;
  change_password_required: boolean;
  change_security_questions_required: boolean;
  accept_terms_and_conditions_required: boolean;
}
interface LoginJson {
  session: { session_token: string };
  user: {
    account_flags: Flags;
    primary_email: string;
    security_questions: { id: string; question: string; answer: string }[];
  };
}

function call(
  app: FastifyInstance,
  method: 'GET' | 'PUT' | 'POST' | 'DELETE',
  url: string,
  token: string | undefined,
  body?: unknown,
): Promise<LightMyRequestResponse> {
  return app.inject({
    method,
    url,
    headers: headers({ 'X-Roam-Key': undefined, 'X-Roam-Token': token }),
    ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
  });
}

function assertInvalid(response: LightMyRequestResponse, field: string, message?: string): void {
  assert.equal(response.statusCode, 400, response.body);
  const error = errorOf(response);
  assert.equal(error.code, 'invalid_request');
  assert.equal(error.field, field);
  if (message !== undefined) assert.equal(error.message, message);
}

function assertLocked(response: LightMyRequestResponse): void {
  assert.equal(response.statusCode, 423, response.body);
  assert.equal(errorOf(response).code, 'account_locked');
  assert.ok(Number(response.headers['retry-after']) >= 1);
}

async function loginJson(app: FastifyInstance, userName: string, password = DEMO_PASSWORD) {
  const response = await login(app, userName, password);
  assert.equal(response.statusCode, 200, response.body);
  return response.json() as LoginJson;
}

function setFlag(app: FastifyInstance, userName: string, flag: keyof Flags): void {
  app.sandbox.db
    .prepare(
      "UPDATE users SET account_flags = json_set(account_flags, ?, json('true')) WHERE user_name_norm = ?",
    )
    .run(`$.${flag}`, userName);
}

describe('Users self-service endpoints (first-login flows)', () => {
  let app: FastifyInstance;
  before(async () => {
    app = await testServer();
    app.get(PROBE, { config: { wsapi: true, access: { session: true } } }, async () => ({
      ok: true,
    }));
  });
  beforeEach(async () => {
    assert.equal((await app.inject({ method: 'POST', url: '/__sandbox/reset' })).statusCode, 200);
  });
  after(() => app.close());

  it('newuser is gated (403) until both flows are done, then gets 200 and clean flags', async () => {
    const token = await loginToken(app, 'newuser');
    const gated = await withToken(app, 'GET', token, PROBE);
    assert.equal(gated.statusCode, 403);
    assert.equal(errorOf(gated).code, 'account_action_required');

    const terms = await call(app, 'PUT', TERMS, token, { accepted_version: '2026-01' });
    assert.equal(terms.statusCode, 200, terms.body);
    assert.deepEqual(terms.json(), {
      account_flags: {
        change_email_required: false,
        change_password_required: true,
        change_security_questions_required: false,
        accept_terms_and_conditions_required: false,
      },
    });
    assert.equal((await withToken(app, 'GET', token, PROBE)).statusCode, 403, 'password pending');

    const password = await call(app, 'PUT', PASSWORD, token, {
      current_password: DEMO_PASSWORD,
      new_password: NEW_PASSWORD,
    });
    assert.equal(password.statusCode, 200, password.body);
    assert.equal(
      (password.json() as { account_flags: Flags }).account_flags.change_password_required,
      false,
    );
    assert.equal((await withToken(app, 'GET', token, PROBE)).statusCode, 200);

    const next = await loginJson(app, 'newuser', NEW_PASSWORD);
    assert.ok(Object.values(next.user.account_flags).every((flag) => flag === false));
    assert.equal((await withToken(app, 'GET', next.session.session_token, PROBE)).statusCode, 200);
  });

  it('GET Terms answers the current version, title and paragraphs', async () => {
    const token = await loginToken(app, 'newuser');
    const response = await withToken(app, 'GET', token, TERMS);
    assert.equal(response.statusCode, 200);
    const body = response.json() as { version: string; title: string; text: string };
    assert.deepEqual(Object.keys(body).sort(), ['text', 'title', 'version']);
    assert.equal(body.version, '2026-01');
    assert.equal(body.title, 'Terms and Conditions');
    assert.ok(body.text.split('\n\n').length >= 3);
    assert.equal(response.headers['cache-control'], 'no-store');
  });

  it('PUT Terms records the acceptance (version, clock time) and refuses other versions', async () => {
    const token = await loginToken(app, 'newuser');
    assertInvalid(
      await call(app, 'PUT', TERMS, token, { accepted_version: '2025-06' }),
      'accepted_version',
      'These are not the current terms.',
    );
    assertInvalid(
      await call(app, 'PUT', TERMS, token, { accepted_version: 202601 }),
      'accepted_version',
    );
    const before = await loginJson(app, 'newuser');
    assert.equal(before.user.account_flags.accept_terms_and_conditions_required, true);

    const now = app.sandbox.clock.now();
    const ok = await call(app, 'PUT', TERMS, token, { accepted_version: CURRENT_TERMS.version });
    assert.equal(ok.statusCode, 200);
    const userId = app.sandbox.db
      .prepare("SELECT id FROM users WHERE user_name_norm = 'newuser'")
      .pluck()
      .get() as number;
    const acceptedAt = new AccountRepository(app.sandbox.db).termsAcceptedAt(userId, '2026-01');
    assert.ok(acceptedAt !== undefined && Math.abs(acceptedAt - now) < 2000);
    const afterLogin = await loginJson(app, 'newuser');
    assert.equal(afterLogin.user.account_flags.accept_terms_and_conditions_required, false);
    assert.equal(afterLogin.user.account_flags.change_password_required, true);
  });

  it('PUT Password rejects a wrong current password (400 current_password)', async () => {
    const token = await loginToken(app, 'merchant');
    assertInvalid(
      await call(app, 'PUT', PASSWORD, token, {
        current_password: 'not it',
        new_password: NEW_PASSWORD,
      }),
      'current_password',
      'The current password is incorrect.',
    );
  });

  it('PUT Password enforces each new-password rule (400 new_password)', async () => {
    const token = await loginToken(app, 'merchant');
    const cases: [string, string][] = [
      ['Short1pass', 'The new password must be 12 to 128 characters long.'],
      ['a1'.repeat(64) + 'x', 'The new password must be 12 to 128 characters long.'],
      [
        'onlyletters and spaces',
        'The new password must contain at least one letter and one digit.',
      ],
      ['1234567890123', 'The new password must contain at least one letter and one digit.'],
      ['My MERCHANT pass 1', 'The new password must not contain your user name.'],
    ];
    for (const [candidate, message] of cases) {
      assertInvalid(
        await call(app, 'PUT', PASSWORD, token, {
          current_password: DEMO_PASSWORD,
          new_password: candidate,
        }),
        'new_password',
        message,
      );
    }
    // The seed password is too short for the rules; a long current one shows the last rule.
    const longCurrent = 'Long current pass 2026';
    assert.equal(
      (
        await call(app, 'PUT', PASSWORD, token, {
          current_password: DEMO_PASSWORD,
          new_password: longCurrent,
        })
      ).statusCode,
      200,
    );
    assertInvalid(
      await call(app, 'PUT', PASSWORD, token, {
        current_password: longCurrent,
        new_password: longCurrent,
      }),
      'new_password',
      'The new password must be different from the current one.',
    );
    assert.equal(
      newPasswordProblem('merchant', 'Long current pass 2026', 'Long current pass 2027'),
      undefined,
    );
  });

  it('counts wrong current passwords toward the lockout: the third answers 423', async () => {
    const token = await loginToken(app, 'merchant');
    const wrong = { current_password: 'wrong', new_password: NEW_PASSWORD };
    assertInvalid(await call(app, 'PUT', PASSWORD, token, wrong), 'current_password');
    assertInvalid(await call(app, 'PUT', PASSWORD, token, wrong), 'current_password');
    const third = await call(app, 'PUT', PASSWORD, token, wrong);
    assertLocked(third);
    assert.equal(third.headers['retry-after'], '120');
    assertLocked(
      await call(app, 'PUT', PASSWORD, token, {
        current_password: DEMO_PASSWORD,
        new_password: NEW_PASSWORD,
      }),
    );
    assertLocked(await login(app, 'merchant', DEMO_PASSWORD));
  });

  it('a password change ends the other sessions only; the new password signs in, the old not', async () => {
    const caller = await loginToken(app, 'merchant');
    const other = await loginToken(app, 'merchant');
    const clerk = await loginToken(app, 'clerk');
    const response = await call(app, 'PUT', PASSWORD, caller, {
      current_password: DEMO_PASSWORD,
      new_password: NEW_PASSWORD,
    });
    assert.equal(response.statusCode, 200, response.body);
    assert.deepEqual(Object.keys(response.json() as object), ['account_flags']);
    const otherRefresh = await withToken(app, 'PUT', other);
    assert.equal(otherRefresh.statusCode, 401);
    assert.equal(errorOf(otherRefresh).code, 'invalid_session');
    assert.equal((await withToken(app, 'PUT', caller)).statusCode, 200);
    assert.equal((await withToken(app, 'PUT', clerk)).statusCode, 200, 'other users untouched');
    assert.equal((await login(app, 'merchant', NEW_PASSWORD)).statusCode, 200);
    assert.equal((await login(app, 'merchant', DEMO_PASSWORD)).statusCode, 401);
  });

  it('PUT Email stores the trimmed address, clears the flag, shows it at the next login', async () => {
    setFlag(app, 'merchant', 'change_email_required');
    const token = await loginToken(app, 'merchant');
    assert.equal((await withToken(app, 'GET', token, PROBE)).statusCode, 403);
    const response = await call(app, 'PUT', EMAIL, token, {
      primary_email: '  morgan.new@shop.example.com ',
    });
    assert.equal(response.statusCode, 200, response.body);
    const body = response.json() as { account_flags: Flags; primary_email: string };
    assert.equal(body.primary_email, 'morgan.new@shop.example.com');
    assert.equal(body.account_flags.change_email_required, false);
    const next = await loginJson(app, 'merchant');
    assert.equal(next.user.primary_email, 'morgan.new@shop.example.com');
    assert.equal(next.user.account_flags.change_email_required, false);
    assert.equal((await withToken(app, 'GET', token, PROBE)).statusCode, 200);
  });

  it('PUT Email validates the address (400 primary_email)', async () => {
    const token = await loginToken(app, 'merchant');
    const invalid = [
      'no-at.example.com',
      'two@@example.com',
      'a@b@example.com',
      'with space@example.com',
      'nodot@localhost',
      'dot@example.',
      'a@',
      '   ',
      `${'x'.repeat(245)}@example.com`,
    ];
    for (const primary_email of invalid) {
      assertInvalid(await call(app, 'PUT', EMAIL, token, { primary_email }), 'primary_email');
    }
    assertInvalid(await call(app, 'PUT', EMAIL, token, { primary_email: 42 }), 'primary_email');
    assertInvalid(await call(app, 'PUT', EMAIL, token, {}), 'primary_email');
    assert.equal((await loginJson(app, 'merchant')).user.primary_email, 'merchant@example.com');
  });

  it('GET SecurityQuestions lists the catalogue and the chosen questions, never answers', async () => {
    const token = await loginToken(app, 'merchant');
    const response = await withToken(app, 'GET', token, QUESTIONS);
    assert.equal(response.statusCode, 200);
    const body = response.json() as {
      questions: { id: string; question: string }[];
      selected: { id: string; question: string }[];
    };
    assert.equal(body.questions.length, SECURITY_QUESTION_CATALOGUE.length);
    assert.ok(body.questions.length >= 8);
    assert.deepEqual(
      body.questions.find((q) => q.id === '13'),
      { id: '13', question: 'What is the name of your favorite childhood friend?' },
    );
    assert.deepEqual(
      body.questions.find((q) => q.id === '15'),
      { id: '15', question: 'What school did you attend for sixth grade?' },
    );
    assert.deepEqual(
      body.selected.map((q) => q.id),
      ['13', '15'],
    );
    assert.ok(!/answer/i.test(response.body), 'no answers in the response');
  });

  it('PUT SecurityQuestions stores two questions with answers and clears the flag', async () => {
    setFlag(app, 'merchant', 'change_security_questions_required');
    const token = await loginToken(app, 'merchant');
    const response = await call(app, 'PUT', QUESTIONS, token, {
      security_questions: [
        { id: '11', answer: 'Rex' },
        { id: '17', answer: ' Bean ' },
      ],
    });
    assert.equal(response.statusCode, 200, response.body);
    const flags = (response.json() as { account_flags: Flags }).account_flags;
    assert.equal(flags.change_security_questions_required, false);
    const next = await loginJson(app, 'merchant');
    assert.deepEqual(next.user.security_questions, [
      { answer: 'Rex', id: '11', question: 'What was the name of your first pet?' },
      { answer: 'Bean', id: '17', question: 'What was your childhood nickname?' },
    ]);
    const listed = await withToken(app, 'GET', token, QUESTIONS);
    assert.deepEqual(
      (listed.json() as { selected: { id: string }[] }).selected.map((q) => q.id),
      ['11', '17'],
    );
    assert.ok(!listed.body.includes('Rex') && !listed.body.includes('Bean'));
  });

  it('PUT SecurityQuestions refuses bad choices (400 security_questions)', async () => {
    const token = await loginToken(app, 'merchant');
    const cases: [unknown, string?][] = [
      [[{ id: '11', answer: 'Rex' }], 'Choose exactly 2 security questions.'],
      [
        [
          { id: '11', answer: 'Rex' },
          { id: '12', answer: 'Oslo' },
          { id: '13', answer: 'Sam' },
        ],
        'Choose exactly 2 security questions.',
      ],
      [
        [
          { id: '11', answer: 'Rex' },
          { id: '11', answer: 'Max' },
        ],
        'Choose different security questions.',
      ],
      [
        [
          { id: '11', answer: 'Rex' },
          { id: '99', answer: 'Max' },
        ],
        'Choose security questions from the list.',
      ],
      [
        [
          { id: '11', answer: 'Rex' },
          { id: '12', answer: ' x ' },
        ],
        'Each answer must be 2 to 128 characters long.',
      ],
      [
        [
          { id: '11', answer: 'Rex' },
          { id: '12', answer: 'y'.repeat(129) },
        ],
        'Each answer must be 2 to 128 characters long.',
      ],
      [[{ id: '11', answer: 'Rex' }, { id: '12' }]],
      [
        [
          { id: '11', answer: 'Rex' },
          { id: 12, answer: 'Oslo' },
        ],
      ],
      [
        [
          { id: '11', answer: 'Rex' },
          { id: '12', answer: 'Oslo', hint: 'x' },
        ],
      ],
      ['11,12'],
    ];
    for (const [security_questions, message] of cases) {
      assertInvalid(
        await call(app, 'PUT', QUESTIONS, token, { security_questions }),
        'security_questions',
        message,
      );
    }
    const unchanged = await loginJson(app, 'merchant');
    assert.deepEqual(
      unchanged.user.security_questions.map((q) => q.id),
      ['13', '15'],
    );
  });

  it('every endpoint needs a session (401 invalid_session without or with a bad token)', async () => {
    const routes: ['GET' | 'PUT', string][] = [
      ['GET', TERMS],
      ['PUT', TERMS],
      ['PUT', PASSWORD],
      ['PUT', EMAIL],
      ['GET', QUESTIONS],
      ['PUT', QUESTIONS],
    ];
    for (const [method, url] of routes) {
      for (const token of [undefined, 'MCM6-not-a-session']) {
        const response = await call(app, method, url, token);
        assert.equal(response.statusCode, 401, `${method} ${url}`);
        assert.equal(errorOf(response).code, 'invalid_session');
      }
    }
  });

  it('answers 405 with Allow for other methods, matching paths case-insensitively', async () => {
    const token = await loginToken(app, 'merchant');
    const cases: ['GET' | 'POST' | 'DELETE', string, string][] = [
      ['DELETE', TERMS, 'GET, PUT'],
      ['POST', TERMS, 'GET, PUT'],
      ['GET', PASSWORD, 'PUT'],
      ['GET', EMAIL, 'PUT'],
      ['POST', QUESTIONS, 'GET, PUT'],
      ['DELETE', '/wsapi/users/securityquestions/', 'GET, PUT'],
    ];
    for (const [method, url, allow] of cases) {
      const response = await call(app, method, url, token);
      assert.equal(response.statusCode, 405, `${method} ${url}`);
      assert.equal(errorOf(response).code, 'method_not_allowed');
      assert.equal(response.headers['allow'], allow);
    }
    const head = await app.inject({
      method: 'HEAD',
      url: TERMS,
      headers: headers({ 'X-Roam-Token': token }),
    });
    assert.equal(head.statusCode, 405);
    assert.equal(head.headers['allow'], 'GET, PUT');
    assert.equal((await withToken(app, 'GET', token, '/wsapi/users/terms/')).statusCode, 200);
  });

  it('refuses extra body fields, missing bodies and wrong types (400 invalid_request)', async () => {
    const token = await loginToken(app, 'merchant');
    const extra = { user_id: 1 };
    assertInvalid(
      await call(app, 'PUT', TERMS, token, { accepted_version: '2026-01', ...extra }),
      'user_id',
    );
    assertInvalid(
      await call(app, 'PUT', PASSWORD, token, {
        current_password: DEMO_PASSWORD,
        new_password: NEW_PASSWORD,
        ...extra,
      }),
      'user_id',
    );
    assertInvalid(
      await call(app, 'PUT', EMAIL, token, { primary_email: 'a@b.example', ...extra }),
      'user_id',
    );
    assertInvalid(
      await call(app, 'PUT', QUESTIONS, token, {
        security_questions: [
          { id: '11', answer: 'Rex' },
          { id: '12', answer: 'Oslo' },
        ],
        ...extra,
      }),
      'user_id',
    );
    assertInvalid(await call(app, 'PUT', TERMS, token), 'body');
    assertInvalid(
      await call(app, 'PUT', PASSWORD, token, { current_password: DEMO_PASSWORD }),
      'new_password',
    );
    assertInvalid(
      await call(app, 'PUT', PASSWORD, token, { current_password: '', new_password: NEW_PASSWORD }),
      'current_password',
    );
    assertInvalid(
      await call(app, 'PUT', PASSWORD, token, {
        current_password: 1234,
        new_password: NEW_PASSWORD,
      }),
      'current_password',
    );
    assert.equal((await login(app, 'merchant')).statusCode, 200, 'nothing changed');
  });
});
