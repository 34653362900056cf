import type { Configuration } from '../access/configuration.ts';
import vendorLoginExample from '../test/fixtures/login-response.json' with { type: 'json' };

/**
 * The vendor page's login example configuration, key for key and value for value (including its
 * quirks: `count_memory` is the string "30", `available_locales` a comma list), read from the one
 * copy of that example in the repo (test/fixtures/login-response.json), which the sandbox's tests
 * and the portal's unit specs read too. Organization "8" and the merchant demo user get exactly this.
 */
export const VENDOR_SEED_CONFIGURATION: Configuration = vendorLoginExample.configuration;
