import { TestBed } from '@angular/core/testing';
import { HttpErrorResponse } from '@angular/common/http';
import { Subject } from 'rxjs';
import { Loader } from './paged-store';

describe('Loader', () => {
  let calls: { request: string; result: Subject<string> }[];
  let loader: Loader<string, string>;

  beforeEach(() => {
    calls = [];
    loader = TestBed.runInInjectionContext(
      () =>
        new Loader<string, string>((request) => {
          const result = new Subject<string>();
          calls.push({ request, result });
          return result;
        }),
    );
  });

  it('loads, showing progress meanwhile', () => {
    loader.load('a');
    expect(loader.loading()).toBeTrue();
    calls[0].result.next('A');
    expect(loader.loading()).toBeFalse();
    expect(loader.value()).toBe('A');
  });

  it('a newer request cancels the one on its way', () => {
    loader.load('a');
    loader.load('b');
    calls[0].result.next('A');
    expect(loader.value()).toBeNull();
    calls[1].result.next('B');
    expect(loader.value()).toBe('B');
  });

  it('a failure is a typed error; the value shown stays; reload asks again', () => {
    loader.load('a');
    calls[0].result.next('A');
    loader.load('b');
    calls[1].result.error(new HttpErrorResponse({ status: 500 }));
    expect(loader.error()).toEqual({ kind: 'server', status: 500 });
    expect(loader.value()).toBe('A');
    loader.reload();
    expect(calls[2].request).toBe('b');
    expect(loader.error()).toBeNull();
    calls[2].result.next('B');
    expect(loader.value()).toBe('B');
  });

  it('clear forgets the value and error and cancels a load on its way', () => {
    loader.load('a');
    calls[0].result.next('A');
    loader.load('b');
    loader.clear();
    calls[1].result.next('B');
    expect(loader.value()).toBeNull();
    expect(loader.loading()).toBeFalse();
    expect(loader.error()).toBeNull();
    loader.reload();
    expect(calls.length).toBe(2);
  });

  it('reload before any load asks nothing; set replaces the value', () => {
    loader.reload();
    expect(calls.length).toBe(0);
    loader.set('X');
    expect(loader.value()).toBe('X');
  });
});
