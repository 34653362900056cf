import { Pipe, PipeTransform } from '@angular/core';
import { formatMoney } from './money';

/** `{{ 1234 | money: 'USD' : 'en-US' }}` → `$12.34`. Pure: the inputs are plain values. */
@Pipe({ name: 'money' })
export class MoneyPipe implements PipeTransform {
  transform(minor: number | null | undefined, currency: string, locale: string): string {
    return minor === null || minor === undefined ? '' : formatMoney(minor, currency, locale);
  }
}
