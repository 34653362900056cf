import { loadRuntimeConfig, parseRuntimeConfig } from './runtime-config';

const base = 'https://portal.example.com/app/';
const valid = {
  wsapiBaseUrl: '/WSAPI',
  applicationKey: 'APP6-54a59a59ea7-7440-4f8b-ae96-ffba2e801391',
  apiVersion: '6.0.0',
};

describe('parseRuntimeConfig', () => {
  it('resolves a relative WSAPI URL against the page and splits origin from path', () => {
    const result = parseRuntimeConfig(valid, base);
    expect(result).toEqual({
      ok: true,
      config: {
        wsapiOrigin: 'https://portal.example.com',
        wsapiBasePath: '/WSAPI',
        applicationKey: valid.applicationKey,
        apiVersion: '6.0.0',
      },
    });
  });

  it('keeps another origin as given and drops a trailing slash from the path', () => {
    const result = parseRuntimeConfig(
      { ...valid, wsapiBaseUrl: 'https://api.example.com/WSAPI/' },
      base,
    );
    expect(result.ok && result.config.wsapiOrigin).toBe('https://api.example.com');
    expect(result.ok && result.config.wsapiBasePath).toBe('/WSAPI');
  });

  it('rejects missing fields, bad versions and non-http URLs with a readable reason', () => {
    expect(parseRuntimeConfig(null, base)).toEqual({
      ok: false,
      problem: 'config.json is not a JSON object',
    });
    expect(parseRuntimeConfig({ ...valid, applicationKey: ' ' }, base)).toEqual({
      ok: false,
      problem: 'applicationKey is missing',
    });
    expect(parseRuntimeConfig({ ...valid, apiVersion: '6' }, base).ok).toBeFalse();
    expect(
      parseRuntimeConfig({ ...valid, wsapiBaseUrl: 'javascript:alert(1)' }, base).ok,
    ).toBeFalse();
    expect(
      parseRuntimeConfig({ ...valid, wsapiBaseUrl: 'https://u:p@api.example.com/' }, base).ok,
    ).toBeFalse();
  });
});

describe('loadRuntimeConfig', () => {
  it('fetches config.json next to the page', async () => {
    const fetchFn = jasmine
      .createSpy('fetch')
      .and.resolveTo(new Response(JSON.stringify(valid), { status: 200 }));
    const result = await loadRuntimeConfig(base, fetchFn);
    expect(fetchFn.calls.mostRecent().args[0]).toBe('https://portal.example.com/app/config.json');
    expect(result.ok).toBeTrue();
  });

  it('reports an HTTP failure or invalid JSON instead of throwing', async () => {
    const notFound = jasmine.createSpy('fetch').and.resolveTo(new Response('', { status: 404 }));
    expect(await loadRuntimeConfig(base, notFound)).toEqual({
      ok: false,
      problem: 'config.json could not be loaded (HTTP 404)',
    });
    const garbage = jasmine
      .createSpy('fetch')
      .and.resolveTo(new Response('{oops', { status: 200 }));
    expect((await loadRuntimeConfig(base, garbage)).ok).toBeFalse();
  });
});
