import { BreakpointObserver } from '@angular/cdk/layout';
import { TestBed } from '@angular/core/testing';
import { NARROW_SCREEN, narrowScreen } from './narrow-screen';
import { fakeScreen } from './narrow-screen.testing';

describe('narrowScreen', () => {
  it('asks for a phone’s width (below 600 px)', () => {
    expect(NARROW_SCREEN).toBe('(max-width: 599.98px)');
  });

  it('starts from the screen as it is and follows it', () => {
    const phone = fakeScreen(true);
    TestBed.configureTestingModule({ providers: [phone.provider] });
    const narrow = TestBed.runInInjectionContext(() => narrowScreen());
    expect(narrow()).toBeTrue();
    phone.narrow.next(false);
    expect(narrow()).toBeFalse();
  });

  it('is false on the wide window the specs run in, with the real observer', () => {
    const narrow = TestBed.runInInjectionContext(() => narrowScreen());
    expect(TestBed.inject(BreakpointObserver).isMatched(NARROW_SCREEN)).toBe(narrow());
  });
});
