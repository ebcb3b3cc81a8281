// Limits and labels the forms share with the rules in ./ama-input: plain values, no zod, so client
// components can import them without shipping the validation library.

export const AMA_TITLE_MAX = 120;
export const AMA_DESCRIPTION_MAX = 2000;
export const AMA_MAX_DAYS = 14;
