import fp from 'fastify-plugin';
import { installAccessControl } from '../access/access-control.ts';
import { installErrorHandling } from '../http/error-handler.ts';
import { installFaultInjection } from '../http/faults.ts';
import { installJsonBodyParser } from '../http/json-body.ts';
import { installRequestLog } from '../http/request-log.ts';
import { installRoamHeaderChecks } from '../http/roam-headers.ts';
import { installSecurityHeaders } from '../http/security-headers.ts';

export interface PipelineOptions {
  /** Fault injection and the request log (test controls only). */
  testControls: boolean;
}

/**
 * The pipeline every request passes, in hook order: security headers → faults (test controls
 * only) → Roam headers → session → account-flags gate → flag/role gate → body parsing and
 * validation → handler → error JSON. Global (not encapsulated): the 404s pass it too.
 */
export const pipeline = fp<PipelineOptions>(
  async (app, options) => {
    installErrorHandling(app);
    installJsonBodyParser(app);
    installSecurityHeaders(app);
    if (options.testControls) {
      installRequestLog(app, app.services.requests);
      installFaultInjection(app, app.services.faults);
    }
    installRoamHeaderChecks(app, app.repositories.apiKeys);
    installAccessControl(app, app.services.sessions);
  },
  { name: 'pipeline', dependencies: ['repositories', 'services'] },
);
