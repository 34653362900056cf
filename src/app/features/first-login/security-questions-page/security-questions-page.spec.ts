import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture } from '@angular/core/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MockStore } from '@ngrx/store/testing';
import { dispatchedOf } from '../../../../testing/mock-store-page';
import { WsapiError } from '../../../core/wsapi/wsapi-error';
import { SecurityQuestionChoices } from '../first-login.model';
import { SecurityQuestionsPageActions } from '../state/first-login.actions';
import { createFirstLoginPage, firstLoginStore } from '../first-login.testing';
import { FirstLoginState } from '../state/first-login.feature';
import { SecurityQuestionsPage } from './security-questions-page';

const CHOICES: SecurityQuestionChoices = {
  questions: [
    { id: '13', question: 'What is the name of your favorite childhood friend?' },
    { id: '15', question: 'What school did you attend for sixth grade?' },
    { id: '21', question: 'What was the make of your first car?' },
  ],
  selected: [
    { id: '13', question: 'What is the name of your favorite childhood friend?' },
    { id: '15', question: 'What school did you attend for sixth grade?' },
  ],
};

describe('SecurityQuestionsPage', () => {
  let fixture: ComponentFixture<SecurityQuestionsPage>;
  let loader: HarnessLoader;
  let store: MockStore;
  let dispatch: jasmine.Spy;

  async function create(
    firstLogin: Partial<FirstLoginState> = { questions: CHOICES },
  ): Promise<void> {
    ({ fixture, store, dispatch } = await createFirstLoginPage(SecurityQuestionsPage, firstLogin));
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  }

  const page = () => fixture.nativeElement as HTMLElement;
  const field = (label: string) =>
    loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
  /** Each control of the form, by the label of its field. */
  const labels: Record<string, string> = {
    firstQuestion: 'First question',
    firstAnswer: 'Answer to the first question',
    secondQuestion: 'Second question',
    secondAnswer: 'Answer to the second question',
  };
  const select = async (name: string) =>
    (await (await field(labels[name])).getControl(MatSelectHarness))!;
  const answer = async (name: string) =>
    (await (await field(labels[name])).getControl(MatInputHarness))!;
  const submitted = () => dispatchedOf(dispatch, SecurityQuestionsPageActions.submitted);

  /** Picks `question` as the second one, and types the two answers. */
  async function chooseSecond(question: string, firstAnswer: string, secondAnswer: string) {
    const second = await select('secondQuestion');
    await second.open();
    await second.clickOptions({ text: question });
    await (await answer('firstAnswer')).setValue(firstAnswer);
    await (await answer('secondAnswer')).setValue(secondAnswer);
    return second;
  }
  async function save(): Promise<void> {
    page().querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await fixture.whenStable();
  }
  async function failWith(error: WsapiError): Promise<void> {
    store.setState(firstLoginStore({ questions: CHOICES, error }));
    await fixture.whenStable();
  }

  it('asks for the questions when opened', async () => {
    await create({ loading: true });
    expect(dispatch).toHaveBeenCalledWith(SecurityQuestionsPageActions.opened());
    expect(page().querySelector('mat-progress-bar')?.getAttribute('aria-label')).toBe(
      'Loading the questions',
    );
  });

  it('offers the current questions first, never an answer, with labelled fields', async () => {
    await create();
    expect(await (await select('firstQuestion')).getValueText()).toBe(CHOICES.selected[0].question);
    expect(await (await select('secondQuestion')).getValueText()).toBe(
      CHOICES.selected[1].question,
    );
    expect(await (await answer('firstAnswer')).getValue()).toBe('');
    expect(await (await answer('secondAnswer')).getValue()).toBe('');
    const input = await (await answer('firstAnswer')).host();
    expect(await input.getAttribute('autocomplete')).toBe('off');
    const labels = Array.from(page().querySelectorAll('mat-label')).map((label) =>
      label.textContent?.trim(),
    );
    expect(labels).toEqual([
      'First question',
      'Answer to the first question',
      'Second question',
      'Answer to the second question',
    ]);
  });

  it('saves two different questions with their answers', async () => {
    await create();
    await chooseSecond(CHOICES.questions[2].question, 'Ann', 'Volvo');
    await save();
    expect(submitted()).toEqual([
      [
        SecurityQuestionsPageActions.submitted({
          answers: [
            { id: '13', answer: 'Ann' },
            { id: '21', answer: 'Volvo' },
          ],
        }),
      ],
    ]);
  });

  it('requires two different questions', async () => {
    await create();
    await chooseSecond(CHOICES.questions[0].question, 'Ann', 'Bob');
    await save();
    expect(submitted()).toEqual([]);
    expect(await (await field('Second question')).getTextErrors()).toEqual([
      'Choose a question different from the first one.',
    ]);
  });

  it('requires answers of at least two characters', async () => {
    await create();
    await (await answer('firstAnswer')).setValue('A');
    await save();
    expect(submitted()).toEqual([]);
    expect(await (await field('Answer to the first question')).getTextErrors()).toEqual([
      'Use 2 to 128 characters, not only spaces.',
    ]);
    expect(await (await field('Answer to the second question')).getTextErrors()).toEqual([
      'Enter an answer.',
    ]);
  });

  it('after a failure: announced, answers cleared, questions kept', async () => {
    await create();
    const second = await chooseSecond(CHOICES.questions[2].question, 'Ann', 'Volvo');
    await save();
    await failWith({ kind: 'network' });
    expect(page().querySelector('[role="alert"]')?.textContent).toContain('could not reach');
    expect(await (await answer('firstAnswer')).getValue()).toBe('');
    expect(await (await answer('secondAnswer')).getValue()).toBe('');
    expect(await second.getValueText()).toBe(CHOICES.questions[2].question);
  });

  it('explains a failed load and offers to try again', async () => {
    await create({ error: { kind: 'network' } });
    const retry = Array.from(page().querySelectorAll('button')).find((b) =>
      b.textContent?.includes('Try again'),
    )!;
    retry.click();
    expect(dispatch).toHaveBeenCalledWith(SecurityQuestionsPageActions.retryClicked());
  });

  it('disables the button and shows progress while saving', async () => {
    await create({ questions: CHOICES, submitting: true });
    expect(page().querySelector<HTMLButtonElement>('button[type="submit"]')!.disabled).toBeTrue();
    expect(page().querySelector('mat-progress-bar')).not.toBeNull();
  });
});
