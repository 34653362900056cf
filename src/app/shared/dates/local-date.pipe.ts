import { Pipe, PipeTransform } from '@angular/core';

/**
 * `{{ instant | localDate: locale }}` with the platform's Intl data, so en-CA needs no Angular
 * locale bundle. `style` picks Intl's dateStyle/timeStyle.
 */
@Pipe({ name: 'localDate' })
export class LocalDatePipe implements PipeTransform {
  transform(
    value: number | string | Date | null | undefined,
    locale: string,
    style: 'date' | 'date-time' | 'time' = 'date-time',
  ): string {
    if (value === null || value === undefined || value === '') return '';
    const date = value instanceof Date ? value : new Date(value);
    if (Number.isNaN(date.getTime())) return '';
    const options: Intl.DateTimeFormatOptions =
      style === 'date'
        ? { dateStyle: 'medium' }
        : style === 'time'
          ? { timeStyle: 'short' }
          : { dateStyle: 'medium', timeStyle: 'short' };
    try {
      return new Intl.DateTimeFormat(locale, options).format(date);
    } catch {
      return new Intl.DateTimeFormat('en-US', options).format(date);
    }
  }
}
