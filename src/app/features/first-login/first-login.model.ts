import { AccountFlags } from '../../core/auth/session.model';

/** The Terms and Conditions to accept; `text` is plain text, paragraphs split by a blank line. */
export interface Terms {
  readonly version: string;
  readonly title: string;
  readonly text: string;
}

export interface SecurityQuestion {
  readonly id: string;
  readonly question: string;
}

/** The questions a user may pick from and the ones currently chosen. Never an answer. */
export interface SecurityQuestionChoices {
  readonly questions: readonly SecurityQuestion[];
  readonly selected: readonly SecurityQuestion[];
}

/**
 * A password change as typed. Actions carry it under a `password` key so the devtools sanitizer
 * masks it; it goes to the WSAPI and nowhere else (never into state).
 */
export interface PasswordChange {
  readonly current: string;
  readonly next: string;
}

/** One chosen question and its answer (`answer` is masked by the devtools sanitizer). */
export interface SecurityAnswer {
  readonly id: string;
  readonly answer: string;
}

/** The user's email after a change, with the flags the server answered. */
export interface EmailChanged {
  readonly accountFlags: AccountFlags;
  readonly primaryEmail: string;
}
