import { AccountFlags } from './session.model';

/** The forced first-login flows, in the order the portal walks the user through them. */
export const FIRST_LOGIN_STEPS = ['password', 'terms', 'email', 'security-questions'] as const;
export type FirstLoginStep = (typeof FIRST_LOGIN_STEPS)[number];

const FLAG_OF: Record<FirstLoginStep, keyof AccountFlags> = {
  password: 'changePasswordRequired',
  terms: 'acceptTermsAndConditionsRequired',
  email: 'changeEmailRequired',
  'security-questions': 'changeSecurityQuestionsRequired',
};

export function pendingFirstLoginSteps(flags: AccountFlags): FirstLoginStep[] {
  return FIRST_LOGIN_STEPS.filter((step) => flags[FLAG_OF[step]]);
}

/** The page of a step, e.g. `/first-login/password`. */
export function firstLoginPath(step: FirstLoginStep): string {
  return `/first-login/${step}`;
}
