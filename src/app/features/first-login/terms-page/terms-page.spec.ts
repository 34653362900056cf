import { ComponentFixture } from '@angular/core/testing';
import { dispatchedOf } from '../../../../testing/mock-store-page';
import { TermsPageActions } from '../state/first-login.actions';
import { createFirstLoginPage } from '../first-login.testing';
import { FirstLoginState } from '../state/first-login.feature';
import { TermsPage, termsParagraphs } from './terms-page';

const TERMS = {
  version: '2026-01',
  title: 'Terms and Conditions',
  text: 'You may use the portal.\n\nKeep your <b>password</b> secret.\n\n',
};

describe('TermsPage', () => {
  let fixture: ComponentFixture<TermsPage>;
  let dispatch: jasmine.Spy;

  async function create(firstLogin: Partial<FirstLoginState> = { terms: TERMS }): Promise<void> {
    ({ fixture, dispatch } = await createFirstLoginPage(TermsPage, firstLogin));
  }

  const page = () => fixture.nativeElement as HTMLElement;
  const accept = () => page().querySelector<HTMLButtonElement>('button[type="submit"]')!;
  const checkbox = () => page().querySelector<HTMLInputElement>('mat-checkbox input')!;
  const accepted = () => dispatchedOf(dispatch, TermsPageActions.accepted);

  async function click(element: HTMLElement): Promise<void> {
    element.click();
    await fixture.whenStable();
  }

  it('asks for the terms when opened', async () => {
    await create({});
    expect(dispatch).toHaveBeenCalledWith(TermsPageActions.opened());
    expect(page().querySelector('mat-progress-bar')).toBeNull();
  });

  it('shows the terms as text paragraphs, never as HTML', async () => {
    await create();
    const paragraphs = page().querySelectorAll('[data-testid="terms-text"] p');
    expect(Array.from(paragraphs).map((p) => p.textContent?.trim())).toEqual([
      'You may use the portal.',
      'Keep your <b>password</b> secret.',
    ]);
    expect(page().querySelector('[data-testid="terms-text"] b')).toBeNull();
    expect(page().querySelector('h1')?.textContent).toContain('Terms and Conditions');
  });

  it('does not accept until the box is checked, and says why', async () => {
    await create();
    await click(accept());
    expect(accepted()).toEqual([]);
    expect(page().querySelector('#accept-error')?.textContent).toContain('Check the box');
  });

  it('accepts the version it showed once the box is checked', async () => {
    await create();
    await click(checkbox());
    expect(checkbox().checked).toBeTrue();
    await click(accept());
    expect(accepted()).toEqual([[TermsPageActions.accepted({ version: '2026-01' })]]);
  });

  it('disables the button and shows progress while saving', async () => {
    await create({ terms: TERMS, submitting: true });
    expect(accept().disabled).toBeTrue();
    expect(page().querySelector('mat-progress-bar')).not.toBeNull();
  });

  it('shows progress while loading', async () => {
    await create({ loading: true });
    expect(page().querySelector('mat-progress-bar')?.getAttribute('aria-label')).toBe(
      'Loading the terms',
    );
  });

  it('explains a failed load and offers to try again', async () => {
    await create({ error: { kind: 'server', status: 503 } });
    expect(page().querySelector('[role="alert"]')?.textContent).toContain('unavailable');
    const retry = Array.from(page().querySelectorAll('button')).find((b) =>
      b.textContent?.includes('Try again'),
    )!;
    await click(retry);
    expect(dispatch).toHaveBeenCalledWith(TermsPageActions.retryClicked());
  });

  it('splits paragraphs on blank lines only', () => {
    expect(termsParagraphs('a\nb\n\n  \n\nc\r\n\r\nd')).toEqual(['a\nb', 'c', 'd']);
  });
});
