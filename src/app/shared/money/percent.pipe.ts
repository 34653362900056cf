import { Pipe, PipeTransform } from '@angular/core';
import { formatPercent } from './money';

/** `{{ 8.25 | percentage: 'en-US' }}` → `8.25%` (Angular's own `percent` pipe takes 0.0825). */
@Pipe({ name: 'percentage' })
export class PercentagePipe implements PipeTransform {
  transform(percent: number | null | undefined, locale: string, maximumFractionDigits = 3): string {
    return percent === null || percent === undefined
      ? ''
      : formatPercent(percent, locale, maximumFractionDigits);
  }
}
