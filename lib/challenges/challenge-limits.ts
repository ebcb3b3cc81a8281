// Limits and labels the forms share with the rules in ./challenge-input: plain values, no zod, so client
// components can import them without shipping the validation library.

export const CHALLENGE_TITLE_MAX = 120;
export const CHALLENGE_RULES_MAX = 5000;
export const CHALLENGE_MAX_VOTES = 10;
export const CHALLENGE_MAX_DAYS = 90;
