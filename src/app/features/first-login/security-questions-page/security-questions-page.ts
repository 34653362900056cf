import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  computed,
  effect,
  inject,
  untracked,
  viewChild,
} from '@angular/core';
import {
  AbstractControl,
  FormGroupDirective,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { ErrorStateMatcher, MatOption } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSelect } from '@angular/material/select';
import { Store } from '@ngrx/store';
import { firstLoginErrorMessage } from '../first-login-messages';
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
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatError,
    MatHint,
    MatInput,
    MatSelect,
    MatOption,
    MatButton,
    MatProgressBar,
  ],
  templateUrl: './security-questions-page.html',
  styleUrl: './security-questions-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SecurityQuestionsPage {
  private readonly store = inject(Store);
  private readonly changeDetector = inject(ChangeDetectorRef);

  protected readonly choices = this.store.selectSignal(firstLoginFeature.selectQuestions);
  protected readonly loading = this.store.selectSignal(firstLoginFeature.selectLoading);
  protected readonly submitting = this.store.selectSignal(firstLoginFeature.selectSubmitting);
  private readonly error = this.store.selectSignal(firstLoginFeature.selectError);

  protected readonly errorMessage = computed(() => {
    const error = this.error();
    return error ? firstLoginErrorMessage(error) : null;
  });

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
  protected readonly secondQuestionErrors = secondQuestionErrors;
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
      if (!this.error()) return;
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
    if (this.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
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
