import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { OrganizationUser, UserAction, sameUserName, userRole, userStatus } from '../users.model';
import { AdminTable } from '../../admin-table/admin-table';

export interface UserActionRequest {
  readonly action: UserAction;
  readonly user: OrganizationUser;
}

const LABELS: Readonly<Record<UserAction, readonly [idle: string, pending: string]>> = {
  lock: ['Lock', 'Locking…'],
  unlock: ['Unlock', 'Unlocking…'],
  'end-sessions': ['End sessions', 'Ending sessions…'],
};

/**
 * One page of users as a table. Names and emails are API data, interpolated as text. The actions
 * are asked of the parent (which confirms first); none is offered on the signed-in user's own row.
 * A button stays in place and focusable while its action runs, so focus is not lost.
 */
@Component({
  selector: 'mcm-user-table',
  imports: [AdminTable, MatButton],
  templateUrl: './user-table.html',
  styleUrl: './user-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserTable {
  readonly users = input.required<readonly OrganizationUser[]>();
  readonly caption = input.required<string>();
  /** The signed-in user's name: their own row gets no actions. */
  readonly ownUserName = input<string | null>(null);
  /** The action under way per user id. */
  readonly pending = input<Readonly<Record<string, UserAction>>>({});
  readonly actionRequested = output<UserActionRequest>();

  protected readonly role = userRole;
  protected readonly status = userStatus;

  protected isOwn(user: OrganizationUser): boolean {
    const own = this.ownUserName();
    return own !== null && sameUserName(own, user.userName);
  }

  /** The button's text: what it does, or that it is doing it. */
  protected label(action: UserAction, pendingAction: UserAction | undefined): string {
    return LABELS[action][pendingAction === action ? 1 : 0];
  }

  protected request(action: UserAction, user: OrganizationUser): void {
    if (this.pending()[user.userId]) return;
    this.actionRequested.emit({ action, user });
  }
}
