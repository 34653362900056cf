import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { ActivatedRouteSnapshot, RouterStateSnapshot } from '@angular/router';
import { MockStore } from '@ngrx/store/testing';
import { Observable, firstValueFrom, isObservable, of } from 'rxjs';
import { provideAuthState, signedInState, signedOutState } from '../../../testing/auth-presets';
import { ConfirmDialog } from '../dialog/confirm-dialog';
import { WithUnsavedChanges, confirmLeavingUnsavedChanges } from './unsaved-changes';

describe('confirmLeavingUnsavedChanges', () => {
  let open: jasmine.Spy;
  let answer: boolean | undefined;

  beforeEach(() => {
    answer = undefined;
    open = jasmine.createSpy('open').and.callFake(() => ({ afterClosed: () => of(answer) }));
    TestBed.configureTestingModule({
      providers: [provideAuthState(signedInState()), { provide: MatDialog, useValue: { open } }],
    });
  });

  const page = (unsaved: boolean): WithUnsavedChanges => ({ hasUnsavedChanges: () => unsaved });
  async function leave(target: WithUnsavedChanges): Promise<boolean> {
    const result = TestBed.runInInjectionContext(() =>
      confirmLeavingUnsavedChanges(
        target,
        {} as ActivatedRouteSnapshot,
        {} as RouterStateSnapshot,
        {} as RouterStateSnapshot,
      ),
    );
    return isObservable(result)
      ? firstValueFrom(result as Observable<boolean>)
      : (result as boolean);
  }

  it('lets a pristine or saved page go without asking', async () => {
    expect(await leave(page(false))).toBeTrue();
    expect(open).not.toHaveBeenCalled();
  });

  it('asks before discarding edits, and stays unless the user discards', async () => {
    answer = false;
    expect(await leave(page(true))).toBeFalse();
    expect(open).toHaveBeenCalledOnceWith(
      ConfirmDialog,
      jasmine.objectContaining({
        data: jasmine.objectContaining({
          title: 'Discard your changes?',
          cancelLabel: 'Keep editing',
          confirmLabel: 'Discard changes',
        }),
      }),
    );

    answer = true;
    expect(await leave(page(true))).toBeTrue();

    answer = undefined; // closed with Escape or a click outside: stay
    expect(await leave(page(true))).toBeFalse();
  });

  it('never holds up a sign-out', async () => {
    TestBed.inject(MockStore).setState({ auth: signedOutState() });
    expect(await leave(page(true))).toBeTrue();
    expect(open).not.toHaveBeenCalled();
  });
});
