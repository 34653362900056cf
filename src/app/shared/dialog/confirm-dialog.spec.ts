import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { ConfirmDialog } from './confirm-dialog';

describe('ConfirmDialog', () => {
  it('says the question, the subject as text, and offers the safe answer first', async () => {
    TestBed.configureTestingModule({
      providers: [
        {
          provide: MAT_DIALOG_DATA,
          useValue: {
            title: 'Delete this item?',
            subject: '<img src=x>',
            text: 'will be removed.',
            cancelLabel: 'Cancel',
            confirmLabel: 'Delete',
          },
        },
      ],
    });
    const fixture = TestBed.createComponent(ConfirmDialog);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('h2')?.textContent).toBe('Delete this item?');
    expect(element.querySelector('[data-testid="confirm-subject"]')?.textContent).toBe(
      '<img src=x>',
    );
    expect(element.querySelector('img')).toBeNull();
    const buttons = Array.from(element.querySelectorAll('button'), (b) => b.textContent?.trim());
    expect(buttons).toEqual(['Cancel', 'Delete']);
  });
});
