import { Injectable } from '@angular/core';
import { CardDetails } from './sale.model';

/**
 * Hands the card of one sale from the card fields to the request, outside the store: the sale's
 * action carries everything else, and a card number must never enter an action, the state or
 * devtools. `take()` empties it, so the card lives no longer than the request that sends it.
 * Provided by the terminal's route, so it goes away with the feature.
 */
@Injectable()
export class PendingCard {
  #card: CardDetails | null = null;

  hold(card: CardDetails | null): void {
    this.#card = card;
  }

  take(): CardDetails | null {
    const card = this.#card;
    this.#card = null;
    return card;
  }
}
