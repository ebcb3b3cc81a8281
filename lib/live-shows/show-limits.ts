// Limits and labels the forms share with the rules in ./show-input: plain values, no zod, so client
// components can import them without shipping the validation library.

// Limits and field rules shared by the server (use cases) and the browser (counters, maxLength).
export const SHOW_TITLE_MAX = 120;
export const SHOW_DESCRIPTION_MAX = 5000;
export const SHOW_DURATION_MIN = 10;
export const SHOW_DURATION_MAX = 240;
export const LIVE_COMMENT_MAX = 500;
export const STREAM_URL_MAX = 500;

/** A show may be scheduled at most this far ahead. */
export const SHOW_MAX_DAYS_AHEAD = 365;

export const LIVE_REACTION_KINDS = ["LIKE", "CELEBRATE", "LOVE", "INSIGHTFUL", "FUNNY"] as const;

export type LiveReactionKind = (typeof LIVE_REACTION_KINDS)[number];
