import { DtoRecord, idText, text } from './dto-readers';

/** A postal address as the WSAPI's `/Users/Address` and billing resources carry it. */
export interface PostalAddress {
  readonly line1: string;
  readonly line2: string;
  readonly city: string;
  readonly region: string;
  readonly postalCode: string;
  readonly country: string;
}

/** `{ line1, line2, city, region, postal_code, country }` as sent (a numeric ZIP as its digits). */
export function toPostalAddress(dto: DtoRecord): PostalAddress {
  return {
    line1: text(dto['line1']),
    line2: text(dto['line2']),
    city: text(dto['city']),
    region: text(dto['region']),
    postalCode: idText(dto['postal_code']),
    country: text(dto['country']),
  };
}

/** The address as a request body sends it. */
export function postalAddressBody(address: PostalAddress) {
  return {
    line1: address.line1,
    line2: address.line2,
    city: address.city,
    region: address.region,
    postal_code: address.postalCode,
    country: address.country,
  };
}
