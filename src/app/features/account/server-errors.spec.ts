import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { WsapiError } from '../../core/wsapi/wsapi-error';
import { readyToSubmit, showServerErrors } from './server-errors';

const form = () =>
  new FormGroup({
    primaryEmail: new FormControl('', { nonNullable: true, validators: Validators.required }),
  });

describe('settings form helpers', () => {
  describe('readyToSubmit', () => {
    it('refuses while saving, and an invalid form shows its errors instead', () => {
      const group = form();
      expect(readyToSubmit(group, () => ({ status: 'idle' }))).toBeFalse();
      expect(group.controls.primaryEmail.touched).toBeTrue();
      group.setValue({ primaryEmail: 'a@b.co' });
      expect(readyToSubmit(group, () => ({ status: 'saving' }))).toBeFalse();
      expect(readyToSubmit(group, () => ({ status: 'idle' }))).toBeTrue();
    });
  });

  describe('showServerErrors', () => {
    @Component({
      selector: 'mcm-server-errors-host',
      template: '',
      changeDetection: ChangeDetectionStrategy.OnPush,
    })
    class Host {
      readonly form = form();
      readonly save = signal<{ error: WsapiError | null }>({ error: null });
      constructor() {
        showServerErrors(this.form, this.save, { primary_email: 'primaryEmail' } as const);
      }
    }

    it('puts a field error from the server on its control, touched', async () => {
      const fixture = TestBed.createComponent(Host);
      const host = fixture.componentInstance;
      host.form.setValue({ primaryEmail: 'taken@example.com' });
      host.save.set({
        error: {
          kind: 'invalid-request',
          code: 'invalid_request',
          field: 'primary_email',
          message: 'This email is in use.',
        },
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
      host.form.setValue({ primaryEmail: 'a@b.co' });
      host.save.set({ error: { kind: 'server', status: 503 } });
      await fixture.whenStable();
      expect(host.form.controls.primaryEmail.errors).toBeNull();
    });
  });
});
