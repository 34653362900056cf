import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';

/**
 * The status line above a list: an error banner with "Try again" when loading failed, a summary
 * of what the list holds (a `role="status"` region, said once per change), and a progress bar
 * while loading. The banner is a `role="alert"` rendered inside this always-present element, with
 * no live region around it, so it is announced once. Content projected into the element (a page's
 * own messages) is shown between the banner and the summary.
 */
@Component({
  selector: 'mcm-list-status',
  imports: [MatButton, MatProgressBar],
  templateUrl: './list-status.html',
  styleUrl: './list-status.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ListStatus {
  /** Why the list could not load; no banner while null or empty. */
  readonly errorMessage = input<string | null>(null);
  /** What the list holds, e.g. "3 items." (empty while there is an error). */
  readonly summary = input.required<string>();
  readonly loading = input(false);
  /** The progress bar's accessible name, e.g. "Loading items". */
  readonly loadingLabel = input.required<string>();
  readonly errorTestId = input<string>();
  readonly summaryTestId = input<string>();

  /** "Try again" was clicked. */
  readonly retry = output<void>();
}
