/** See chromium-flags.cjs. */
export declare const chromiumFlags: string[];
