import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatIconButton } from '@angular/material/button';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { RouterLink } from '@angular/router';

/** One thing a row's menu offers: a link (router commands) or a button that names its `id`. */
export interface RowAction {
  readonly id: string;
  readonly label: string;
  readonly link?: readonly unknown[];
  /** Destructive (delete, lock, end sessions): in the error colour. */
  readonly danger?: boolean;
  readonly disabled?: boolean;
}

/**
 * A row's actions behind one "Actions for <row>" button: a Material menu, so it opens with Enter
 * or Space, moves with the arrow keys, closes with Escape and gives focus back to the button.
 */
@Component({
  selector: 'mcm-row-actions',
  imports: [MatIconButton, MatMenu, MatMenuItem, MatMenuTrigger, RouterLink],
  template: `
    <button
      mat-icon-button
      type="button"
      [matMenuTriggerFor]="menu"
      [attr.aria-label]="'Actions for ' + rowName()"
    >
      <span aria-hidden="true" class="dots">⋮</span>
    </button>
    <mat-menu #menu="matMenu" xPosition="before">
      @for (action of actions(); track action.id) {
        @if (action.link; as link) {
          <a mat-menu-item [routerLink]="link" [class.danger]="action.danger">{{ action.label }}</a>
        } @else {
          <button
            mat-menu-item
            type="button"
            [class.danger]="action.danger"
            [disabled]="action.disabled"
            (click)="chosen.emit(action.id)"
          >
            {{ action.label }}
          </button>
        }
      }
    </mat-menu>
  `,
  styles: `
    .dots {
      font-size: 1.5rem;
      line-height: 1;
    }

    .danger {
      --mat-menu-item-label-text-color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RowActions {
  readonly actions = input.required<readonly RowAction[]>();
  /** What the row is called, for the button's name: "Actions for Small drip coffee". */
  readonly rowName = input.required<string>();
  /** The `id` of the button action chosen (links navigate by themselves). */
  readonly chosen = output<string>();
}
