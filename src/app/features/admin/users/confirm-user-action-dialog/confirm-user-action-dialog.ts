import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialog,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogTitle,
} from '@angular/material/dialog';
import { Observable, map } from 'rxjs';
import { OrganizationUser, displayName } from '../users.model';

export type ConfirmedUserAction = 'lock' | 'end-sessions';

export interface ConfirmUserActionData {
  readonly action: ConfirmedUserAction;
  readonly user: OrganizationUser;
}

const TEXT_ID = 'confirm-user-action-text';

/** Asks before a user is locked or signed out everywhere; "Cancel" is focused first. */
@Component({
  selector: 'mcm-confirm-user-action-dialog',
  imports: [MatDialogTitle, MatDialogContent, MatDialogActions, MatDialogClose, MatButton],
  template: `
    @let user = data.user;
    <h2 mat-dialog-title>
      {{
        data.action === 'lock'
          ? 'Lock ' + user.userName + '?'
          : 'End the sessions of ' + user.userName + '?'
      }}
    </h2>
    <mat-dialog-content>
      <p [id]="textId">
        @if (data.action === 'lock') {
          {{ name }} ({{ user.userName }}) will not be able to sign in until unlocked. Their
          sessions end now.
        } @else {
          {{ name }} ({{ user.userName }}) will be signed out everywhere. They can sign in again.
        }
      </p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false" cdkFocusInitial>Cancel</button>
      <button mat-flat-button type="button" class="confirm" [mat-dialog-close]="true">
        {{ data.action === 'lock' ? 'Lock' : 'End sessions' }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .confirm {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfirmUserActionDialog {
  protected readonly data = inject<ConfirmUserActionData>(MAT_DIALOG_DATA);
  protected readonly name = displayName(this.data.user);
  protected readonly textId = TEXT_ID;
}

/** Opens the confirmation; emits once, `true` when the user confirmed. */
export function confirmUserAction(
  dialog: MatDialog,
  data: ConfirmUserActionData,
): Observable<boolean> {
  return dialog
    .open<ConfirmUserActionDialog, ConfirmUserActionData, boolean>(ConfirmUserActionDialog, {
      data,
      role: 'alertdialog',
      ariaDescribedBy: TEXT_ID,
      width: '28rem',
      maxWidth: 'calc(100vw - 2rem)',
    })
    .afterClosed()
    .pipe(map((confirmed) => confirmed === true));
}
