import {
  Directive,
  EmbeddedViewRef,
  TemplateRef,
  ViewContainerRef,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { Store } from '@ngrx/store';
import { authFeature } from '../auth/state/auth.feature';
import { AccessRequirement, Permission, isAllowed, toRequirement } from './permissions';

/**
 * Shows its template only when the signed-in user has the permission(s), through the same
 * accessor the guards use; re-evaluated whenever the session or configuration changes.
 *
 *   <button *mcmIfFlag="'processing.permissions.refund'; else noRefund">Refund</button>
 *   <p *mcmIfFlag="{ anyOf: ['role:admin', 'role:sys-admin'] }">…</p>
 */
@Directive({ selector: '[mcmIfFlag]' })
export class IfFlag {
  private readonly template = inject(TemplateRef<unknown>);
  private readonly container = inject(ViewContainerRef);
  private readonly account = inject(Store).selectSignal(authFeature.selectAccount);

  /** A flag, a list of flags (all required), or a full requirement. */
  readonly mcmIfFlag = input.required<Permission | readonly Permission[] | AccessRequirement>();
  readonly mcmIfFlagElse = input<TemplateRef<unknown> | null>(null);

  private shown: TemplateRef<unknown> | null = null;
  private view: EmbeddedViewRef<unknown> | null = null;

  constructor() {
    effect(() => {
      const allowed = isAllowed(this.account(), toRequirement(this.mcmIfFlag()));
      const next = allowed ? this.template : this.mcmIfFlagElse();
      untracked(() => this.show(next));
    });
  }

  private show(template: TemplateRef<unknown> | null): void {
    if (template === this.shown && (template === null || this.view)) return;
    this.container.clear();
    this.view = template ? this.container.createEmbeddedView(template) : null;
    this.shown = template;
  }
}
