import { HttpTestingController } from '@angular/common/http/testing';
import { firstValueFrom } from 'rxjs';
import { setUpWsapiSpec } from '../../../../testing/wsapi-spec';
import { ConfigurationApi, toConfigurationMap } from './configuration-api';

describe('ConfigurationApi', () => {
  let api: ConfigurationApi;
  let backend: HttpTestingController;
  beforeEach(() => ({ subject: api, backend } = setUpWsapiSpec(ConfigurationApi)));
  afterEach(() => backend.verify());

  it('reads an organization’s configuration map', async () => {
    const answer = firstValueFrom(api.get('8'));
    const request = backend.expectOne(
      'https://api.example.com/WSAPI/Organizations/8/Configuration',
    );
    expect(request.request.method).toBe('GET');
    request.flush({
      organization_id: '8',
      configuration: {
        'component.access.virtual_terminal': true,
        'security.session_timeout.mobile': 15,
      },
    });
    expect<unknown>(await answer).toEqual({
      'component.access.virtual_terminal': true,
      'security.session_timeout.mobile': 15,
    });
  });

  it('sends only the changes given, and returns the whole new map', async () => {
    const answer = firstValueFrom(api.update('8', { 'processing.config.tip': false }));
    const request = backend.expectOne(
      'https://api.example.com/WSAPI/Organizations/8/Configuration',
    );
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({ configuration: { 'processing.config.tip': false } });
    request.flush({
      configuration: { 'processing.config.tip': false, 'processing.config.avs': true },
    });
    expect<unknown>(await answer).toEqual({
      'processing.config.tip': false,
      'processing.config.avs': true,
    });
  });

  it('encodes the organization id in the path', () => {
    api.get('8/../1').subscribe();
    const request = backend.expectOne(
      'https://api.example.com/WSAPI/Organizations/8%2F..%2F1/Configuration',
    );
    expect(request.request.method).toBe('GET');
  });

  it('reads a malformed answer as an empty map', () => {
    expect<unknown>(toConfigurationMap(null)).toEqual({});
    expect<unknown>(toConfigurationMap({ configuration: ['x'] })).toEqual({});
    expect<unknown>(toConfigurationMap('nope')).toEqual({});
  });
});
