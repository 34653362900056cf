import { Clipboard } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';

/** The user just created and the temporary password they were given, to hand over. */
export interface HandOver {
  readonly userName: string;
  readonly temporaryPassword: string;
}

/**
 * The temporary password of the user just created, shown (with Copy) until the admin presses
 * Done: it is the one moment it can be noted. The password comes from the add-user form and lives
 * only there and here; it is never logged or kept in a store.
 */
@Component({
  selector: 'mcm-temporary-password-note',
  imports: [MatButton],
  templateUrl: './temporary-password-note.html',
  styleUrl: './temporary-password-note.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TemporaryPasswordNote {
  private readonly clipboard = inject(Clipboard);

  readonly handOver = input.required<HandOver>();
  readonly dismissed = output<void>();

  /** What the last Copy did, for the live region. */
  protected readonly copyStatus = signal('');

  protected copy(): void {
    const copied = this.clipboard.copy(this.handOver().temporaryPassword);
    this.copyStatus.set(
      copied ? 'Copied.' : 'The password could not be copied: select it and copy it yourself.',
    );
  }
}
