import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { Store } from '@ngrx/store';
import { authFeature } from '../../../core/auth/state/auth.feature';
import { AdminList } from '../admin-list/admin-list';
import { adminList } from '../admin-list/admin-list-view';
import { pageOf } from '../admin-paging';
import { AddUserForm } from './add-user-form/add-user-form';
import { confirmUserAction } from './confirm-user-action-dialog/confirm-user-action-dialog';
import { OrganizationUsersStore } from './organization-users-store';
import { UserActionRequest, UserTable } from './user-table/user-table';
import { outcomeMessage } from './users-messages';
import { NewUser } from './users.model';
import { injectFocusAfterRender } from '../focus-after-render';
import { WithUnsavedChanges, warnBeforeUnload } from '../../../shared/forms/unsaved-changes';

/**
 * The users of one merchant (inside the merchant layout, which shows the merchant's name): lock or
 * unlock them, end their sessions, add one. The signed-in admin's own row has no actions (the
 * server refuses them too). The page lives in the URL (`?page=&size=`), like the merchants list.
 */
@Component({
  selector: 'mcm-organization-users-page',
  imports: [MatButton, AdminList, AddUserForm, UserTable],
  templateUrl: './organization-users-page.html',
  styleUrl: './organization-users-page.scss',
  providers: [OrganizationUsersStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganizationUsersPage implements WithUnsavedChanges {
  private readonly addUserForm = viewChild(AddUserForm);
  private readonly store = inject(OrganizationUsersStore);
  private readonly dialog = inject(MatDialog);
  private readonly destroyRef = inject(DestroyRef);
  private readonly focusAfterRender = injectFocusAfterRender();
  private readonly signedInUser = inject(Store).selectSignal(authFeature.selectUser);

  /** Route parameter and query parameters, bound by the router. */
  readonly organizationId = input.required<string>();
  readonly page = input<string>();
  readonly size = input<string>();

  protected readonly query = computed(() => ({
    organizationId: this.organizationId(),
    ...pageOf(this.page(), this.size()),
  }));
  protected readonly users = this.store.users;
  protected readonly pending = this.store.pending;
  protected readonly availability = this.store.availability;
  protected readonly creation = this.store.creation;
  protected readonly ownUserName = computed(() => this.signedInUser()?.userName ?? null);
  protected readonly addingUser = signal(false);

  private readonly addUserToggle = viewChild.required<string, ElementRef<HTMLElement>>(
    'addUserToggle',
    { read: ElementRef },
  );

  protected readonly list = adminList(this.store, this.query, {
    loading: 'Loading users',
    doing: 'Loading the users',
    caption: 'Users by user name',
    pages: 'Pages of users',
    counted: (total) => {
      if (total === 0) return 'No users.';
      return total === 1 ? '1 user.' : `${total} users.`;
    },
  });

  protected readonly outcome = computed(() => {
    const outcome = this.store.outcome();
    return outcome ? { failed: outcome.kind === 'failed', text: outcomeMessage(outcome) } : null;
  });

  constructor() {
    warnBeforeUnload(this);
    // Another merchant's users: the form of the previous one does not stay open.
    effect(() => {
      this.organizationId();
      untracked(() => this.addingUser.set(false));
    });
  }

  /** Opens the form (focus to its first field) or closes it (focus back to the button). */
  protected toggleAddUser(): void {
    if (this.addingUser()) {
      this.closeAddUser();
      return;
    }
    this.store.clearCreation();
    this.addingUser.set(true);
    this.focusAfterRender('#add-user-section input');
  }

  protected closeAddUser(): void {
    this.addingUser.set(false);
    this.store.clearCreation();
    this.addUserToggle().nativeElement.focus();
  }

  protected clearCreation(): void {
    this.store.clearCreation();
  }

  protected checkAvailability(userName: string): void {
    this.store.checkAvailability(userName);
  }

  protected addUser(user: NewUser): void {
    this.store.create(user);
  }

  /** Unlock at once; lock and end sessions after a confirmation. */
  protected act({ action, user }: UserActionRequest): void {
    if (action === 'unlock') {
      this.store.unlock(user);
      return;
    }
    confirmUserAction(this.dialog, { action, user })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((confirmed) => {
        if (!confirmed) return;
        if (action === 'lock') this.store.lock(user);
        else this.store.endSessions(user);
      });
  }

  /** The add-user form holds a user not created yet. */
  hasUnsavedChanges(): boolean {
    return this.addUserForm()?.hasUnsavedChanges() ?? false;
  }
}
