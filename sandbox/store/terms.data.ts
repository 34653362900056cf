/**
 * The current Terms and Conditions ([sandbox design]). Publishing new terms means changing this
 * one constant (a new `version`): `PUT /WSAPI/Users/Terms` only accepts the current version.
 */
export const CURRENT_TERMS = {
  version: '2026-01',
  title: 'Terms and Conditions',
  text: [
    'These terms govern your use of the Mobile Commerce Manager merchant portal ("the portal") ' +
      'on behalf of the merchant organization that registered your account. By accepting them ' +
      'you confirm that you are authorized to act for that organization.',
    'You are responsible for keeping your user name, password and security answers ' +
      'confidential, and for every transaction, refund, void and change made with your ' +
      'account. Tell your administrator at once if you suspect that someone else has used it.',
    'Card data and customer information you see in the portal may only be used to process ' +
      'and support your own sales. You must follow the card brand rules and the data protection ' +
      'laws that apply to your business, and must not copy, export or store card numbers.',
    'We may suspend access to protect cardholders or the service, and we may update these terms. ' +
      'When we do, the portal will ask you to accept the new version before you continue.',
    'This is a sandbox: no real payments are processed and no real accounts are affected.',
  ].join('\n\n'),
} as const;

export type Terms = typeof CURRENT_TERMS;
