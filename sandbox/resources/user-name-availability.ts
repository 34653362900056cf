import type { FastifyInstance } from 'fastify';
import { authOf } from '../access/access-control.ts';
import { ADMIN_ROUTE_CONFIG as config } from '../access/admin-scope.ts';
import type { Clock } from '../clock.ts';
import { SlidingWindowLimiter } from '../http/rate-limit.ts';
import { availabilityQuery, validNewUserName } from './admin.schemas.ts';

/**
 * `GET /WSAPI/Users/Availability?user_name=`: whether a new user could take that user name
 * (the admin area's Add user form), rate-limited per user.
 */
const AVAILABILITY_URL = '/Users/Availability';

/**
 * [sandbox design] User-name availability checks per user (not per session: signing in again
 * gives no new budget), per minute of sandbox time.
 */
export const AVAILABILITY_LIMIT_PER_MINUTE = 10;

/** The user-name availability limiter: `AVAILABILITY_LIMIT_PER_MINUTE` per user and minute. */
export function availabilityLimiter(clock: Clock): SlidingWindowLimiter {
  return new SlidingWindowLimiter(clock, AVAILABILITY_LIMIT_PER_MINUTE, 60_000);
}

export async function userNameAvailabilityRoutes(app: FastifyInstance): Promise<void> {
  const { admin } = app.repositories;
  const { availability } = app.services;
  app.get<{ Querystring: { user_name: string } }>(
    AVAILABILITY_URL,
    { config, schema: { querystring: availabilityQuery } },
    async (request) => {
      const context = authOf(request);
      availability.hit(`user:${context.user.id}`);
      const userName = validNewUserName(request.query.user_name);
      return { available: !admin.userNameTaken(userName) };
    },
  );
}
