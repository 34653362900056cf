import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { narrowScreen } from '../../../../shared/layout/narrow-screen';
import { RowAction } from '../../../../shared/stacked-list/row-actions';
import { StackedList } from '../../../../shared/stacked-list/stacked-list';
import { StackedRow } from '../../../../shared/stacked-list/stacked-row';
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
 * A button stays in place and focusable while its action runs, so focus is not lost. On a phone the
 * users are stacked rows, with the actions in each row's menu.
 */
@Component({
  selector: 'mcm-user-table',
  imports: [AdminTable, MatButton, StackedList, StackedRow],
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
  protected readonly narrow = narrowScreen();

  /** A stacked row's menu: Lock or Unlock, then End sessions (named by the action). */
  protected actionsFor(user: OrganizationUser): readonly RowAction[] {
    const pendingAction = this.pending()[user.userId];
    const actions: UserAction[] = [user.locked ? 'unlock' : 'lock', 'end-sessions'];
    return actions.map((action) => ({
      id: action,
      label: this.label(action, pendingAction),
      danger: action === 'end-sessions',
      disabled: !!pendingAction,
    }));
  }

  protected isOwn(user: OrganizationUser): boolean {
    const own = this.ownUserName();
    return own !== null && sameUserName(own, user.userName);
  }

  /** The button's text: what it does, or that it is doing it. */
  protected label(action: UserAction, pendingAction: UserAction | undefined): string {
    return LABELS[action][pendingAction === action ? 1 : 0];
  }

  /** A stacked row's menu chose one of `actionsFor(user)`, by its id. */
  protected choose(id: string, user: OrganizationUser): void {
    this.request(id as UserAction, user);
  }

  protected request(action: UserAction, user: OrganizationUser): void {
    if (this.pending()[user.userId]) return;
    this.actionRequested.emit({ action, user });
  }
}
