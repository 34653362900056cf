/**
 * The security-question catalogue users pick two from ([sandbox design]: the vendor's outline
 * shows only ids 13 and 15, in its login example; the others are ours). Ids are strings, as in
 * the login response. Append new questions; never renumber or reword one (users' choices keep
 * the id and the text they answered).
 */
export interface CatalogueQuestion {
  id: string;
  question: string;
}

export const SECURITY_QUESTION_CATALOGUE: readonly CatalogueQuestion[] = [
  { id: '11', question: 'What was the name of your first pet?' },
  { id: '12', question: 'In what city were you born?' },
  { id: '13', question: 'What is the name of your favorite childhood friend?' },
  { id: '14', question: 'What was the make of your first car?' },
  { id: '15', question: 'What school did you attend for sixth grade?' },
  { id: '16', question: 'What was the name of the street you grew up on?' },
  { id: '17', question: 'What was your childhood nickname?' },
  { id: '18', question: 'What was the first concert you attended?' },
];

/** How many questions every user has. */
export const SECURITY_QUESTION_COUNT = 2;

export function catalogueQuestion(id: string): CatalogueQuestion | undefined {
  return SECURITY_QUESTION_CATALOGUE.find((entry) => entry.id === id);
}
