import { FormControl } from '@angular/forms';
import { refundAmountProblem, refundAmountValidator } from './refund-rules';

describe('refund rules', () => {
  it('accepts any amount up to exactly what remains refundable', () => {
    expect(refundAmountProblem('20.00', 2000, 'USD')).toBeNull();
    expect(refundAmountProblem('5', 2000, 'USD')).toBeNull();
    expect(refundAmountProblem('0.01', 2000, 'USD')).toBeNull();
    expect(refundAmountProblem('14.99', 1499, 'USD')).toBeNull();
  });

  it('refuses a single cent above what remains', () => {
    expect(refundAmountProblem('15.00', 1499, 'USD')).toEqual({
      kind: 'above-refundable',
      refundable: 1499,
    });
    expect(refundAmountProblem('20.01', 2000, 'USD')?.kind).toBe('above-refundable');
  });

  it('refuses empty, zero, negative and over-precise amounts', () => {
    expect(refundAmountProblem(' ', 2000, 'USD')).toEqual({ kind: 'required' });
    expect(refundAmountProblem('0.00', 2000, 'USD')).toEqual({ kind: 'zero' });
    expect(refundAmountProblem('-5', 2000, 'USD')).toEqual({ kind: 'format' });
    expect(refundAmountProblem('1.005', 2000, 'USD')).toEqual({ kind: 'format' });
    expect(refundAmountProblem('abc', 2000, 'USD')).toEqual({ kind: 'format' });
  });

  it('nothing can be refunded once the sale is fully refunded', () => {
    expect(refundAmountProblem('1.00', 0, 'USD')).toEqual({ kind: 'nothing-refundable' });
  });

  it('the validator says what is wrong in the user’s locale and currency', () => {
    const control = new FormControl('15.00', {
      nonNullable: true,
      validators: refundAmountValidator(1499, 'CAD', 'en-CA'),
    });
    expect(control.getError('refund')).toBe('At most $14.99 can be refunded.');
    control.setValue('14.99');
    expect(control.valid).toBeTrue();
    control.setValue('12.345');
    expect(control.getError('refund')).toBe('Enter an amount like 12.50.');
  });
});
