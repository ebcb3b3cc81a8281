// Limits and labels the forms share with the rules in ./question-input: plain values, no zod, so client
// components can import them without shipping the validation library.

// Limits and field rules shared by the server (use cases) and the browser (counters, maxLength).
export const QUESTION_TITLE_MAX = 200;
export const QUESTION_DETAILS_MAX = 3000;
export const ANSWER_MAX = 5000;
export const REASON_MAX = 500;

export const QUESTION_SORTS = ["votes", "newest", "unanswered"] as const;

export type QuestionSort = (typeof QUESTION_SORTS)[number];

export const QUESTION_STATUSES = ["OPEN", "ANSWERED", "CLOSED"] as const;

export type QuestionStatusName = (typeof QUESTION_STATUSES)[number];
