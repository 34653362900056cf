import { RuntimeConfig } from '../config/runtime-config';
import { isAuthenticationPath, wsapiPath } from './wsapi-url';
import { TEST_RUNTIME_CONFIG } from '../../../testing/wsapi-testing';

const config: RuntimeConfig = TEST_RUNTIME_CONFIG;
/** The page the portal runs on: the same origin as the WSAPI. */
const sameOriginPage = 'https://api.example.com/portal/';
/** A portal hosted on another origin than the WSAPI. */
const otherOriginPage = 'https://portal.example.com/';

describe('wsapiPath', () => {
  describe('requests to the configured WSAPI', () => {
    it('returns the path under the base path for an absolute URL', () => {
      expect(wsapiPath('https://api.example.com/WSAPI/Transactions', otherOriginPage, config)).toBe(
        '/transactions',
      );
    });

    it('resolves a root-relative URL against the page before matching', () => {
      expect(wsapiPath('/WSAPI/Authentication', sameOriginPage, config)).toBe('/authentication');
    });

    it('resolves a document-relative URL against the page, so it lands outside the base path', () => {
      // https://api.example.com/portal/WSAPI/x is not under /WSAPI.
      expect(wsapiPath('WSAPI/x', sameOriginPage, config)).toBeNull();
    });

    it('does not match a root-relative URL when the page is on another origin', () => {
      expect(wsapiPath('/WSAPI/Transactions', otherOriginPage, config)).toBeNull();
    });

    it('compares the path case-insensitively', () => {
      expect(wsapiPath('https://api.example.com/wsapi/Transactions', otherOriginPage, config)).toBe(
        '/transactions',
      );
      expect(wsapiPath('https://api.example.com/WsApi/x', otherOriginPage, config)).toBe('/x');
    });

    it('compares the host case-insensitively and treats the default port as the same origin', () => {
      expect(wsapiPath('https://API.Example.COM/WSAPI/x', otherOriginPage, config)).toBe('/x');
      expect(wsapiPath('https://api.example.com:443/WSAPI/x', otherOriginPage, config)).toBe('/x');
    });

    it('returns "/" for the base path itself, with or without a trailing slash or query', () => {
      expect(wsapiPath('https://api.example.com/WSAPI', otherOriginPage, config)).toBe('/');
      expect(wsapiPath('https://api.example.com/WSAPI/', otherOriginPage, config)).toBe('/');
      expect(wsapiPath('https://api.example.com/WSAPI?x=1', otherOriginPage, config)).toBe('/');
    });

    it('ignores the query string and fragment', () => {
      expect(
        wsapiPath('https://api.example.com/WSAPI/Transactions?page=2#top', otherOriginPage, config),
      ).toBe('/transactions');
    });

    it('matches every path when the base path is the origin root', () => {
      const rootConfig: RuntimeConfig = { ...config, wsapiBasePath: '' };
      expect(wsapiPath('https://api.example.com/Authentication', otherOriginPage, rootConfig)).toBe(
        '/authentication',
      );
      expect(wsapiPath('https://api.example.com/', otherOriginPage, rootConfig)).toBe('/');
    });
  });

  describe('requests elsewhere', () => {
    const rejected: [string, string][] = [
      [
        'a host that merely starts with the WSAPI host',
        'https://api.example.com.evil.test/WSAPI/x',
      ],
      ['the WSAPI host as user info of another host', 'https://api.example.com@evil.test/WSAPI'],
      [
        'the WSAPI URL inside the path of another host',
        'https://evil.test/https://api.example.com/WSAPI',
      ],
      ['another port', 'https://api.example.com:8443/WSAPI/x'],
      ['plain http', 'http://api.example.com/WSAPI/x'],
      ['a sub-domain', 'https://sub.api.example.com/WSAPI/x'],
      ['a sibling path that shares the prefix', 'https://api.example.com/WSAPIX/Transactions'],
      ['a sibling path without separator', 'https://api.example.com/WSAPIX'],
      ['a dot-segment leaving the base path', 'https://api.example.com/WSAPI/../admin'],
      [
        'an encoded dot-segment leaving the base path',
        'https://api.example.com/WSAPI/%2e%2e/admin',
      ],
      ['a path outside the base path', 'https://api.example.com/admin/WSAPI'],
      ['credentials on the right origin', 'https://user:secret@api.example.com/WSAPI/x'],
      ['an unparsable URL', 'http://['],
    ];
    for (const [what, url] of rejected) {
      it(`never matches ${what} (${url})`, () => {
        expect(wsapiPath(url, sameOriginPage, config)).toBeNull();
      });
    }

    it('resolves a relative dot-segment before matching', () => {
      expect(wsapiPath('/WSAPI/../admin', sameOriginPage, config)).toBeNull();
      expect(wsapiPath('/WSAPI/a/../Transactions', sameOriginPage, config)).toBe('/transactions');
    });
  });

  it('matches nothing when the portal has no configuration', () => {
    expect(wsapiPath('https://api.example.com/WSAPI/x', sameOriginPage, null)).toBeNull();
    expect(wsapiPath('/WSAPI/Authentication', sameOriginPage, null)).toBeNull();
  });
});

describe('isAuthenticationPath', () => {
  it('recognises the authentication resource as returned by wsapiPath, whatever its case', () => {
    for (const url of [
      'https://api.example.com/WSAPI/Authentication',
      'https://api.example.com/wsapi/AUTHENTICATION',
      'https://api.example.com/WSAPI/Authentication/',
      'https://api.example.com/WSAPI/Authentication?x=1',
    ]) {
      expect(isAuthenticationPath(wsapiPath(url, otherOriginPage, config)))
        .withContext(url)
        .toBeTrue();
    }
  });

  it('accepts a trailing slash', () => {
    expect(isAuthenticationPath('/authentication/')).toBeTrue();
    expect(isAuthenticationPath('/authentication//')).toBeTrue();
  });

  it('rejects other resources, sub-resources and look-alikes', () => {
    expect(isAuthenticationPath('/')).toBeFalse();
    expect(isAuthenticationPath('/transactions')).toBeFalse();
    expect(isAuthenticationPath('/authentication/extra')).toBeFalse();
    expect(isAuthenticationPath('/authenticationx')).toBeFalse();
    expect(isAuthenticationPath('/x/authentication')).toBeFalse();
  });

  it('rejects null (a request that is not for the WSAPI)', () => {
    expect(isAuthenticationPath(null)).toBeFalse();
    expect(
      isAuthenticationPath(
        wsapiPath('https://evil.test/WSAPI/Authentication', otherOriginPage, config),
      ),
    ).toBeFalse();
  });
});

describe('isAuthenticationPath in any case', () => {
  it('matches /Authentication however it is spelled', () => {
    expect(isAuthenticationPath('/Authentication')).toBeTrue();
    expect(isAuthenticationPath('/AUTHENTICATION/')).toBeTrue();
    expect(isAuthenticationPath('/Authentications')).toBeFalse();
  });
});
