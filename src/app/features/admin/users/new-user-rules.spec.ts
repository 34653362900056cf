import { FormControl, FormGroup } from '@angular/forms';
import {
  GENERATED_PASSWORD_LENGTH,
  RandomFill,
  brokenTemporaryPasswordRules,
  generateTemporaryPassword,
  personNameValidator,
  temporaryPasswordError,
  temporaryPasswordRuleStates,
  temporaryPasswordValidator,
  userNameValidator,
} from './new-user-rules';
import { emailValidator } from '../../../shared/forms/email-address';

const errorsOf = (validator: typeof userNameValidator, value: string) =>
  validator(new FormControl(value, { nonNullable: true }));

describe('new user rules', () => {
  describe('user name', () => {
    it('takes 3 to 64 letters, digits, ".", "_", "@" and "-", trimmed', () => {
      for (const name of ['abc', 'j.doe_2@shop-1', ' jdoe ', 'a'.repeat(64)]) {
        expect(errorsOf(userNameValidator, name)).withContext(name).toBeNull();
      }
    });

    it('says what is wrong', () => {
      expect(errorsOf(userNameValidator, '')).toEqual({ required: true });
      expect(errorsOf(userNameValidator, '   ')).toEqual({ required: true });
      expect(errorsOf(userNameValidator, 'ab')).toEqual({ userNameLength: true });
      expect(errorsOf(userNameValidator, 'a'.repeat(65))).toEqual({ userNameLength: true });
      expect(errorsOf(userNameValidator, 'j doe')).toEqual({ userNameCharacters: true });
      expect(errorsOf(userNameValidator, 'jdoé')).toEqual({ userNameCharacters: true });
      expect(errorsOf(userNameValidator, 'j+doe')).toEqual({ userNameCharacters: true });
    });
  });

  describe('temporary password', () => {
    it('marks each rule met as the password satisfies it, and none while it is empty', () => {
      const met = (password: string) =>
        temporaryPasswordRuleStates(password, 'jdoe').map((rule) => [rule.id, rule.met]);
      expect(met('')).toEqual([
        ['length', false],
        ['letter-and-digit', false],
        ['no-user-name', false],
      ]);
      expect(met('abcdefghijkl')).toEqual([
        ['length', true],
        ['letter-and-digit', false],
        ['no-user-name', true],
      ]);
      expect(met('jdoe-welcome-1')).toEqual([
        ['length', true],
        ['letter-and-digit', true],
        ['no-user-name', false],
      ]);
    });

    it('needs 12 to 128 characters, counted as the server counts them', () => {
      expect(brokenTemporaryPasswordRules('Abcdefghij1', 'jdoe')).toEqual(['length']);
      expect(brokenTemporaryPasswordRules('Abcdefghijk1', 'jdoe')).toEqual([]);
      // 11 emoji are 22 UTF-16 units but 11 characters, plus a letter and a digit: 13.
      expect(brokenTemporaryPasswordRules('😀'.repeat(11) + 'a1', 'jdoe')).toEqual([]);
      expect(brokenTemporaryPasswordRules('😀'.repeat(10) + 'a', 'jdoe')).toEqual([
        'length',
        'letter-and-digit',
      ]);
      expect(brokenTemporaryPasswordRules('a1'.repeat(64), 'jdoe')).toEqual([]);
      expect(brokenTemporaryPasswordRules('a1'.repeat(64) + 'x', 'jdoe')).toEqual(['length']);
    });

    it('needs a letter and a digit, in any script', () => {
      expect(brokenTemporaryPasswordRules('abcdefghijkl', 'jdoe')).toEqual(['letter-and-digit']);
      expect(brokenTemporaryPasswordRules('123456789012', 'jdoe')).toEqual(['letter-and-digit']);
      expect(brokenTemporaryPasswordRules('ééééééééééé٣', 'jdoe')).toEqual([]);
    });

    it('must not contain the user name, whatever the case', () => {
      expect(brokenTemporaryPasswordRules('my-JDoe-2026-pass', ' jdoe ')).toEqual(['no-user-name']);
      expect(brokenTemporaryPasswordRules('my-jdo-2026-pass', 'jdoe')).toEqual([]);
      expect(brokenTemporaryPasswordRules('my-jdoe-2026-pass', '')).toEqual([]);
    });

    it('is checked against the user name of the same form', () => {
      const form = new FormGroup({
        userName: new FormControl('jdoe', { nonNullable: true }),
        temporaryPassword: new FormControl('', {
          nonNullable: true,
          validators: temporaryPasswordValidator,
        }),
      });
      const password = form.controls.temporaryPassword;
      expect(password.errors).toEqual({ required: true });
      password.setValue('jdoe-Welcome-2026');
      expect(password.errors).toEqual({ passwordRules: ['no-user-name'] });
      expect(temporaryPasswordError(password.errors!['passwordRules'])).toBe(
        'Do not include the user name.',
      );
      form.controls.userName.setValue('jsmith');
      password.updateValueAndValidity();
      expect(password.errors).toBeNull();
    });
  });

  describe('generated password', () => {
    it('meets the rules, from the crypto source', () => {
      const spy = spyOn(crypto, 'getRandomValues').and.callThrough();
      for (let i = 0; i < 50; i++) {
        const password = generateTemporaryPassword('jdoe');
        expect(password.length).toBe(GENERATED_PASSWORD_LENGTH);
        expect(brokenTemporaryPasswordRules(password, 'jdoe')).toEqual([]);
      }
      expect(spy).toHaveBeenCalled();
    });

    it('is not the same twice', () => {
      const passwords = new Set(Array.from({ length: 20 }, () => generateTemporaryPassword('x')));
      expect(passwords.size).toBe(20);
    });

    it('draws again until no rule is broken (a letter and a digit, no user name)', () => {
      // Letters are indexes 0–47, digits 48–55, symbols 56–63. The first 16 draws give "a" only
      // (no digit), so a second password is drawn: "2" then "b"s.
      const draws = [...Array<number>(16).fill(0), 48, ...Array<number>(15).fill(1)];
      const fill: RandomFill = (array) => {
        array[0] = draws.shift() ?? 0;
        return array;
      };
      expect(generateTemporaryPassword('jdoe', fill)).toBe('2' + 'b'.repeat(15));
    });

    it('draws again when the password happens to contain the user name', () => {
      const draws = [0, 0, 0, ...Array<number>(13).fill(48), 1, ...Array<number>(15).fill(48)];
      const fill: RandomFill = (array) => {
        array[0] = draws.shift() ?? 0;
        return array;
      };
      expect(generateTemporaryPassword('AAA', fill)).toBe('b' + '2'.repeat(15));
    });
  });

  describe('names and email', () => {
    it('first and last names: required once trimmed, at most 50 characters', () => {
      expect(errorsOf(personNameValidator, ' ')).toEqual({ required: true });
      expect(errorsOf(personNameValidator, 'Jane')).toBeNull();
      expect(errorsOf(personNameValidator, 'é'.repeat(50))).toBeNull();
      expect(errorsOf(personNameValidator, 'é'.repeat(51))).toEqual({ personNameLength: true });
    });

    it('email: trimmed, one @, no spaces, a dot inside the domain', () => {
      for (const email of ['jane@example.com', ' jane.doe@mail.example.co ', 'j@e.io']) {
        expect(errorsOf(emailValidator, email)).withContext(email).toBeNull();
      }
      for (const email of ['jane', 'jane@example', 'jane@@example.com', 'ja ne@example.com']) {
        expect(errorsOf(emailValidator, email)).withContext(email).toEqual({ email: true });
      }
      expect(errorsOf(emailValidator, 'jane@example.')).toEqual({ email: true });
      expect(errorsOf(emailValidator, '')).toEqual({ required: true });
      expect(errorsOf(emailValidator, `${'a'.repeat(250)}@e.io`)).toEqual({ emailLength: true });
    });
  });
});
