import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  effect,
  inject,
  untracked,
  viewChild,
} from '@angular/core';
import {
  AbstractControl,
  FormGroupDirective,
  NonNullableFormBuilder,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { ErrorStateMatcher, MatOption } from '@angular/material/core';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSelect } from '@angular/material/select';
import { FORM_FIELD_IMPORTS } from '../../../shared/forms/form-field-imports';
import { readyToSubmit } from '../../../shared/forms/form-submit';
import { SubmitButton } from '../../../shared/forms/submit-button';
import { FirstLoginStep } from '../first-login-step/first-login-step';
import { injectStepState } from '../first-login-step/step-state';
import { SecurityQuestionsPageActions } from '../state/first-login.actions';
import { firstLoginFeature } from '../state/first-login.feature';

export const ANSWER_MIN_LENGTH = 2;
export const ANSWER_MAX_LENGTH = 128;

/** On the form: `{ sameQuestion: true }` when both questions are the same one. */
export function differentQuestions(group: AbstractControl): ValidationErrors | null {
  const first: unknown = group.get('firstQuestion')?.value;
  const second: unknown = group.get('secondQuestion')?.value;
  return first && first === second ? { sameQuestion: true } : null;
}

/** The second question shows the form's `sameQuestion` error as its own. */
const secondQuestionErrors: ErrorStateMatcher = {
  isErrorState: (control, form) =>
    !!control &&
    (control.invalid || !!form?.hasError('sameQuestion')) &&
    (control.touched || !!form?.submitted),
};

/** Forced step: two different security questions and their answers. Answers are never shown back. */
@Component({
  selector: 'mcm-security-questions-page',
  imports: [FORM_FIELD_IMPORTS, MatSelect, MatOption, MatProgressBar, FirstLoginStep, SubmitButton],
  templateUrl: './security-questions-page.html',
  styleUrl: './security-questions-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SecurityQuestionsPage {
  protected readonly step = injectStepState();
  private readonly store = this.step.store;
  private readonly changeDetector = inject(ChangeDetectorRef);

  protected readonly choices = this.store.selectSignal(firstLoginFeature.selectQuestions);

  private readonly answerValidators = [
    Validators.required,
    Validators.minLength(ANSWER_MIN_LENGTH),
    Validators.maxLength(ANSWER_MAX_LENGTH),
    Validators.pattern(/\S/),
  ];
  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      firstQuestion: ['', Validators.required],
      firstAnswer: ['', this.answerValidators],
      secondQuestion: ['', Validators.required],
      secondAnswer: ['', this.answerValidators],
    },
    { validators: differentQuestions },
  );
  /** The two questions, each with its answer, in page order. */
  protected readonly slots = [
    {
      question: 'firstQuestion',
      answer: 'firstAnswer',
      questionLabel: 'First question',
      answerLabel: 'Answer to the first question',
      questionErrors: inject(ErrorStateMatcher),
      differsFromFirst: false,
    },
    {
      question: 'secondQuestion',
      answer: 'secondAnswer',
      questionLabel: 'Second question',
      answerLabel: 'Answer to the second question',
      questionErrors: secondQuestionErrors,
      differsFromFirst: true,
    },
  ] as const;
  protected readonly answerMaxLength = ANSWER_MAX_LENGTH;

  private readonly formDirective = viewChild(FormGroupDirective);

  constructor() {
    this.store.dispatch(SecurityQuestionsPageActions.opened());

    // The questions chosen today are offered first; their answers never come back.
    effect(() => {
      const choices = this.choices();
      if (!choices) return;
      untracked(() => {
        const { firstQuestion, secondQuestion } = this.form.controls;
        if (firstQuestion.dirty || secondQuestion.dirty) return;
        const [first, second] = choices.selected;
        const offered = new Set(choices.questions.map((question) => question.id));
        firstQuestion.setValue(first && offered.has(first.id) ? first.id : '');
        secondQuestion.setValue(second && offered.has(second.id) ? second.id : '');
        this.changeDetector.markForCheck();
      });
    });

    // A failed save never keeps the answers; the chosen questions stay.
    effect(() => {
      if (!this.step.error()) return;
      untracked(() => {
        const keep = this.form.getRawValue();
        const reset = { ...keep, firstAnswer: '', secondAnswer: '' };
        const directive = this.formDirective();
        if (directive) directive.resetForm(reset);
        else this.form.reset(reset);
        this.changeDetector.markForCheck();
      });
    });
  }

  protected saveQuestions(): void {
    if (!readyToSubmit(this.form, this.step.submitting())) return;
    const { firstQuestion, firstAnswer, secondQuestion, secondAnswer } = this.form.getRawValue();
    this.store.dispatch(
      SecurityQuestionsPageActions.submitted({
        answers: [
          { id: firstQuestion, answer: firstAnswer },
          { id: secondQuestion, answer: secondAnswer },
        ],
      }),
    );
  }

  protected reloadQuestions(): void {
    this.store.dispatch(SecurityQuestionsPageActions.retryClicked());
  }
}
