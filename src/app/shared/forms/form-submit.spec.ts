import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { WsapiError } from '../../core/wsapi/wsapi-error';
import { notBlank, readyToSubmit, resetFormWith, showServerErrors } from './form-submit';
import { refusal } from '../../../testing/wsapi-errors';

const form = () =>
  new FormGroup({
    primaryEmail: new FormControl('', { nonNullable: true, validators: Validators.required }),
  });

describe('form submit helpers', () => {
  describe('readyToSubmit', () => {
    it('refuses while saving, and an invalid form shows its errors instead', () => {
      const group = form();
      expect(readyToSubmit(group, false)).toBeFalse();
      expect(group.controls.primaryEmail.touched).toBeTrue();
      group.setValue({ primaryEmail: 'a@b.co' });
      expect(readyToSubmit(group, true)).toBeFalse();
      expect(readyToSubmit(group, false)).toBeTrue();
      expect(readyToSubmit(group)).toBeTrue();
    });
  });

  describe('notBlank', () => {
    const cases: readonly [string, unknown, { required: boolean } | null][] = [
      ['only spaces', '   ', { required: true }],
      ['empty (left to Validators.required)', '', null],
      ['a text with spaces around', ' Mo ', null],
      ['not a text', 3, null],
    ];
    for (const [name, value, expected] of cases) {
      it(`reads ${name} as ${expected ? 'blank' : 'not blank'}`, () => {
        expect(notBlank({ value })).toEqual(expected);
      });
    }
  });

  @Component({
    selector: 'mcm-form-submit-host',
    template: '',
    changeDetection: ChangeDetectionStrategy.OnPush,
  })
  class Host {
    readonly form = form();
    readonly save = signal<{ error: WsapiError | null }>({ error: null });
    readonly onFile = signal({ primaryEmail: 'first@example.com' });
    constructor() {
      showServerErrors(this.form, () => this.save().error, {
        primary_email: 'primaryEmail',
      } as const);
      resetFormWith(this.form, this.onFile);
    }
  }

  describe('showServerErrors', () => {
    it('puts a field error from the server on its control, touched', async () => {
      const fixture = TestBed.createComponent(Host);
      const host = fixture.componentInstance;
      await fixture.whenStable();
      host.form.setValue({ primaryEmail: 'taken@example.com' });
      host.save.set({
        error: refusal('primary_email', 'This email is in use.'),
      });
      await fixture.whenStable();
      const control = host.form.controls.primaryEmail;
      expect(control.errors).toEqual({ server: 'This email is in use.' });
      expect(control.touched).toBeTrue();
      expect(control.value).toBe('taken@example.com');
    });

    it('leaves the form alone for an error about no field of it', async () => {
      const fixture = TestBed.createComponent(Host);
      const host = fixture.componentInstance;
      await fixture.whenStable();
      host.form.setValue({ primaryEmail: 'a@b.co' });
      host.save.set({ error: { kind: 'server', status: 503 } });
      await fixture.whenStable();
      expect(host.form.controls.primaryEmail.errors).toBeNull();
    });
  });

  describe('resetFormWith', () => {
    it('shows the value on file at first and again, untouched, when it changes', async () => {
      const fixture = TestBed.createComponent(Host);
      const host = fixture.componentInstance;
      await fixture.whenStable();
      expect(host.form.getRawValue()).toEqual({ primaryEmail: 'first@example.com' });
      host.form.controls.primaryEmail.setValue('typed@example.com');
      host.form.markAllAsTouched();
      host.onFile.set({ primaryEmail: 'saved@example.com' });
      await fixture.whenStable();
      expect(host.form.getRawValue()).toEqual({ primaryEmail: 'saved@example.com' });
      expect(host.form.touched).toBeFalse();
    });
  });
});
