import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { signalStore, withMethods } from '@ngrx/signals';
import { rxMethod } from '@ngrx/signals/rxjs-interop';
import { Observable, Subject, mergeMap } from 'rxjs';
import { withPageData } from './with-page-data';

/** Answers each read and write by hand. */
@Injectable({ providedIn: 'root' })
class TestApi {
  readonly calls: { request: string; result: Subject<string> }[] = [];
  readonly writes: Subject<string>[] = [];

  read(request: string): Observable<string> {
    const result = new Subject<string>();
    this.calls.push({ request, result });
    return result;
  }

  write(): Observable<string> {
    const result = new Subject<string>();
    this.writes.push(result);
    return result;
  }
}

/** Requests are `subject/detail`: `a/1` and `a/2` are about the same subject. */
const TestStore = signalStore(
  withPageData({
    api: TestApi,
    fetch: (api, request: string) => api.read(request),
    subjectOf: (request) => request.split('/')[0],
  }),
  withMethods((store, api = inject(TestApi)) => ({
    /** A write of the store's own (a save), dropped when the subject changes. */
    write: rxMethod<void>(mergeMap(() => api.write().pipe(store._untilSubjectChanges()))),
  })),
);

describe('withPageData', () => {
  let store: InstanceType<typeof TestStore>;
  let calls: TestApi['calls'];
  let writes: TestApi['writes'];

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [TestStore] });
    store = TestBed.inject(TestStore);
    ({ calls, writes } = TestBed.inject(TestApi));
  });

  it('loads, showing progress meanwhile', () => {
    store.load('a');
    expect(store.loading()).toBeTrue();
    calls[0].result.next('A');
    expect(store.loading()).toBeFalse();
    expect(store.data()).toBe('A');
  });

  it('a newer request cancels the one on its way', () => {
    store.load('a/1');
    store.load('a/2');
    expect(calls[0].result.observed).toBeFalse();
    calls[0].result.next('A');
    expect(store.data()).toBeNull();
    calls[1].result.next('B');
    expect(store.data()).toBe('B');
  });

  it('a failure is a typed error; the value shown stays; reload asks again', () => {
    store.load('a/1');
    calls[0].result.next('A');
    store.load('a/2');
    calls[1].result.error(new HttpErrorResponse({ status: 500 }));
    expect(store.error()).toEqual({ kind: 'server', status: 500 });
    expect(store.data()).toBe('A');
    store.reload();
    expect(calls[2].request).toBe('a/2');
    expect(store.error()).toBeNull();
    calls[2].result.next('B');
    expect(store.data()).toBe('B');
  });

  it('the next page of the same subject keeps what is shown until it arrives', () => {
    store.load('a/1');
    calls[0].result.next('A1');
    store.load('a/2');
    expect(store.data()).toBe('A1');
    expect(store.loading()).toBeTrue();
  });

  it('another subject never shows the previous one’s value or error, and drops its requests', () => {
    store.load('a/1');
    calls[0].result.next('A');
    store.write();
    store.load('b/1');
    expect(store.data()).toBeNull();
    expect(writes[0].observed).toBeFalse();
    calls[1].result.error(new HttpErrorResponse({ status: 404 }));
    store.load('c/1');
    expect(store.error()).toBeNull();
    expect(store.loading()).toBeTrue();
    calls[2].result.next('C');
    expect(store.data()).toBe('C');
  });

  it('clear forgets the value and error and cancels a load on its way', () => {
    store.load('a');
    calls[0].result.next('A');
    store.load('a');
    store.clear();
    calls[1].result.next('B');
    expect(store.data()).toBeNull();
    expect(store.loading()).toBeFalse();
    expect(store.error()).toBeNull();
    store.reload();
    expect(calls.length).toBe(2);
  });

  it('reload before any load asks nothing; setData replaces the value', () => {
    store.reload();
    expect(calls.length).toBe(0);
    store.setData('X');
    expect(store.data()).toBe('X');
  });

  it('leaving the page (destroying the store) cancels what is on its way', () => {
    store.load('a');
    store.write();
    TestBed.resetTestingModule();
    expect(calls[0].result.observed).toBeFalse();
    expect(writes[0].observed).toBeFalse();
  });
});
