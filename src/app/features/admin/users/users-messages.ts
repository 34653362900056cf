import { WsapiError } from '../../../core/wsapi/wsapi-error';
import { waitText } from '../../../core/wsapi/wsapi-error-message';
import { adminErrorMessage } from '../admin-errors';
import { ActionOutcome, Availability } from './organization-users-store';

const DOING: Readonly<Record<ActionOutcome['action'], string>> = {
  lock: 'Locking',
  unlock: 'Unlocking',
  'end-sessions': 'Ending the sessions of',
};

/** The sentence announced after a lock, unlock or end-sessions. */
export function outcomeMessage(outcome: ActionOutcome): string {
  const { userName } = outcome;
  if (outcome.kind === 'failed') {
    return adminErrorMessage(outcome.error, `${DOING[outcome.action]} ${userName}`, 'This user');
  }
  switch (outcome.action) {
    case 'lock':
      return `Locked ${userName}: they cannot sign in, and their sessions were ended.`;
    case 'unlock':
      return `Unlocked ${userName}: they can sign in again.`;
    case 'end-sessions': {
      const ended = outcome.sessionsEnded ?? 0;
      if (ended === 0) return `${userName} had no active sessions.`;
      return `Ended ${ended === 1 ? '1 session' : `${ended} sessions`} of ${userName}.`;
    }
  }
}

export function createdMessage(userName: string): string {
  return `${userName} was created. They must change the temporary password at first sign-in.`;
}

/** The form's summary of a failed creation; a field error is shown on its field as well. */
export function creationFailedMessage(error: WsapiError, fieldShown: boolean): string {
  const failure = fieldShown
    ? 'The user was not created. Check the field marked below.'
    : adminErrorMessage(error, 'Creating the user');
  return `${failure} The temporary password was cleared: enter or generate a new one.`;
}

/** What the user-name field says about availability (empty when nothing to say). */
export function availabilityText(availability: Availability): string {
  switch (availability.status) {
    case 'idle':
      return '';
    case 'checking':
      return 'Checking availability…';
    case 'available':
      return 'Available';
    case 'taken':
      return 'Taken';
    case 'failed': {
      const { error } = availability;
      if (error.kind === 'too-many-requests') {
        return `Too many checks: wait ${waitText(error.retryAfterSeconds)} before checking again. A taken name is still reported when you add the user.`;
      }
      return adminErrorMessage(error, 'Checking the user name');
    }
  }
}
