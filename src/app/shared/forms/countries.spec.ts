import { FormControl } from '@angular/forms';
import { COUNTRIES, countryName, countryOf, countryValidator, isCountryCode } from './countries';

describe('the country list', () => {
  it('holds the countries the WSAPI checks postal codes for, United States first', () => {
    expect(COUNTRIES.map(({ code, name }) => [code, name])).toEqual([
      ['US', 'United States'],
      ['CA', 'Canada'],
    ]);
    for (const country of COUNTRIES) {
      expect(country.postalCode.test(country.postalExample.split(' or ')[0]))
        .withContext(country.code)
        .toBeTrue();
    }
  });

  it('knows its codes exactly (no lower case, no others)', () => {
    expect(isCountryCode('US')).toBeTrue();
    expect(isCountryCode('CA')).toBeTrue();
    for (const other of ['us', 'GB', '', null, undefined, 1]) {
      expect(isCountryCode(other)).withContext(String(other)).toBeFalse();
    }
    expect(countryOf('GB')).toBeNull();
  });

  it('names a country, and leaves a code it does not know as it is', () => {
    expect(countryName('CA')).toBe('Canada');
    expect(countryName('GB')).toBe('GB');
  });

  it('the select’s rule asks for one of them', () => {
    const control = new FormControl('', { nonNullable: true, validators: countryValidator });
    expect(control.errors).toEqual({ required: true });
    control.setValue('GB');
    expect(control.errors).toEqual({ required: true });
    control.setValue('CA');
    expect(control.errors).toBeNull();
  });
});
