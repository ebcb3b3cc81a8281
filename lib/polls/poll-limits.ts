// Limits and labels the forms share with the rules in ./poll-input: plain values, no zod, so client
// components can import them without shipping the validation library.

export const POLL_MIN_OPTIONS = 2;
export const POLL_MAX_OPTIONS = 10;
