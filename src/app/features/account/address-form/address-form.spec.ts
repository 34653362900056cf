import { ComponentFixture, TestBed } from '@angular/core/testing';
import { formDriver } from '../../../../testing/form-driver';
import { refusal } from '../../../../testing/wsapi-errors';
import { ADDRESS } from '../account.testing';
import { Address } from '../account.model';
import { SaveState } from '../state/account.feature';
import { AddressForm } from './address-form';

const IDLE: SaveState = { status: 'idle', error: null };

describe('AddressForm: the country', () => {
  let fixture: ComponentFixture<AddressForm>;
  let emitted: Address[];

  async function create(address: Address | null = ADDRESS): Promise<void> {
    fixture = TestBed.createComponent(AddressForm);
    fixture.componentRef.setInput('address', address);
    fixture.componentRef.setInput('save', IDLE);
    emitted = [];
    fixture.componentInstance.addressSubmitted.subscribe((value) => emitted.push(value));
    await fixture.whenStable();
  }

  const { page, type, submit, errors } = formDriver(() => fixture);
  const select = () => page().querySelector<HTMLElement>('mat-select[formcontrolname="country"]');
  const hints = () =>
    [...page().querySelectorAll('mat-hint')].map((hint) => hint.textContent?.trim());
  async function choose(name: string): Promise<void> {
    select()!.click();
    await fixture.whenStable();
    const options = [...document.querySelectorAll<HTMLElement>('mat-option')];
    options.find((option) => option.textContent?.trim() === name)!.click();
    await fixture.whenStable();
  }

  it('is a select of the countries the WSAPI takes, showing the one on file', async () => {
    await create();
    expect(select()?.getAttribute('role')).toBe('combobox');
    expect(select()?.textContent?.trim()).toBe('United States');
    expect(hints()).toEqual(['For example 12345 or 12345-6789']);
    select()!.click();
    await fixture.whenStable();
    expect(
      [...document.querySelectorAll('mat-option')].map((option) => option.textContent?.trim()),
    ).toEqual(['United States', 'Canada']);
  });

  it('sends the chosen country’s code, its postal code checked and hinted for it', async () => {
    await create();
    await choose('Canada');
    expect(hints()).toEqual(['For example K1A 0B1']);
    await submit();
    expect(errors()).toEqual(['This is not a valid postal code for this country.']);
    expect(emitted).toEqual([]);
    await type('postalCode', 'M5J 2N8');
    await submit();
    expect(emitted).toEqual([{ ...ADDRESS, postalCode: 'M5J 2N8', country: 'CA' }]);
  });

  it('without an address on file, asks for a country; the server’s word shows on it', async () => {
    await create(null);
    await submit();
    expect(errors()).toContain('Choose the country.');
    fixture.componentRef.setInput('save', {
      status: 'failed',
      error: refusal('country', 'The country is a two-letter ISO code (US, CA…).'),
    });
    await fixture.whenStable();
    expect(errors()).toContain('The country is a two-letter ISO code (US, CA…).');
  });
});
