import { firstValueFrom } from 'rxjs';
import { useApiTestbed } from '../../../../testing/api-testbed';
import { ConfigurationApi, toConfigurationMap } from './configuration-api';

describe('ConfigurationApi', () => {
  const wsapi = useApiTestbed(ConfigurationApi);

  it('reads an organization’s configuration map', async () => {
    const answer = firstValueFrom(wsapi.api.get('8'));
    const request = wsapi.backend.expectOne(
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
    const answer = firstValueFrom(wsapi.api.update('8', { 'processing.config.tip': false }));
    const request = wsapi.backend.expectOne(
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
    wsapi.api.get('8/../1').subscribe();
    const request = wsapi.backend.expectOne(
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
