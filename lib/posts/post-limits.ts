// Limits and labels the forms share with the rules in ./post-input: plain values, no zod, so client
// components can import them without shipping the validation library.

export const POST_MAX_LENGTH = 5000;
export const POST_MAX_IMAGES = 10;
