import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SECURITY_QUESTION_CATALOGUE } from '../store/security-questions.data.ts';
import { loginToken, withToken } from './helpers.ts';
import { assertInvalid, type Flags, QUESTIONS, useUsersSandbox } from './users.helpers.ts';

describe('Users self-service: SecurityQuestions', () => {
  const { app, call, loginJson, setFlag } = useUsersSandbox();

  it('GET SecurityQuestions lists the catalogue and the chosen questions, never answers', async () => {
    const token = await loginToken(app(), 'merchant');
    const response = await withToken(app(), 'GET', token, QUESTIONS);
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
    setFlag('merchant', 'change_security_questions_required');
    const token = await loginToken(app(), 'merchant');
    const response = await call('PUT', QUESTIONS, token, {
      security_questions: [
        { id: '11', answer: 'Rex' },
        { id: '17', answer: ' Bean ' },
      ],
    });
    assert.equal(response.statusCode, 200, response.body);
    const flags = (response.json() as { account_flags: Flags }).account_flags;
    assert.equal(flags.change_security_questions_required, false);
    const next = await loginJson('merchant');
    assert.deepEqual(next.user.security_questions, [
      { answer: 'Rex', id: '11', question: 'What was the name of your first pet?' },
      { answer: 'Bean', id: '17', question: 'What was your childhood nickname?' },
    ]);
    const listed = await withToken(app(), 'GET', token, QUESTIONS);
    assert.deepEqual(
      (listed.json() as { selected: { id: string }[] }).selected.map((q) => q.id),
      ['11', '17'],
    );
    assert.ok(!listed.body.includes('Rex') && !listed.body.includes('Bean'));
  });

  it('PUT SecurityQuestions refuses bad choices (400 security_questions)', async () => {
    const token = await loginToken(app(), 'merchant');
    /** Rex (question 11) and a second answer. */
    const withRex = (second: unknown) => [{ id: '11', answer: 'Rex' }, second];
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
      [withRex({ id: '11', answer: 'Max' }), 'Choose different security questions.'],
      [withRex({ id: '99', answer: 'Max' }), 'Choose security questions from the list.'],
      [withRex({ id: '12', answer: ' x ' }), 'Each answer must be 2 to 128 characters long.'],
      [
        withRex({ id: '12', answer: 'y'.repeat(129) }),
        'Each answer must be 2 to 128 characters long.',
      ],
      [withRex({ id: '12' })],
      [withRex({ id: 12, answer: 'Oslo' })],
      [withRex({ id: '12', answer: 'Oslo', hint: 'x' })],
      ['11,12'],
    ];
    for (const [security_questions, message] of cases) {
      assertInvalid(
        await call('PUT', QUESTIONS, token, { security_questions }),
        'security_questions',
        message,
      );
    }
    const unchanged = await loginJson('merchant');
    assert.deepEqual(
      unchanged.user.security_questions.map((q) => q.id),
      ['13', '15'],
    );
  });
});
