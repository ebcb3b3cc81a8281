import { z } from "zod";

// Limits and field rules shared by the server (use cases) and the browser (counters, maxLength).
export const QUESTION_TITLE_MAX = 200;
export const QUESTION_DETAILS_MAX = 3000;
export const ANSWER_MAX = 5000;
export const REASON_MAX = 500;

export const QUESTION_SORTS = ["votes", "newest", "unanswered"] as const;
export type QuestionSort = (typeof QUESTION_SORTS)[number];
export const QUESTION_STATUSES = ["OPEN", "ANSWERED", "CLOSED"] as const;
export type QuestionStatusName = (typeof QUESTION_STATUSES)[number];

export const ZQuestionTitle = z
  .string({ error: "Write your question first" })
  .trim()
  .min(1, "Write your question first")
  .max(QUESTION_TITLE_MAX, `Questions can be at most ${QUESTION_TITLE_MAX} characters`);

export const ZQuestionDetails = z
  .string()
  .trim()
  .max(QUESTION_DETAILS_MAX, `Details can be at most ${QUESTION_DETAILS_MAX} characters`)
  .default("");

export const ZAnswerBody = z
  .string({ error: "Write your answer first" })
  .trim()
  .min(1, "Write your answer first")
  .max(ANSWER_MAX, `Answers can be at most ${ANSWER_MAX} characters`);

/** A reason someone else will read: for closing, hiding. */
export const ZReason = (what: string) =>
  z
    .string({ error: `Give a reason for ${what}` })
    .trim()
    .min(3, `Give a reason for ${what} (at least 3 characters)`)
    .max(REASON_MAX, `Keep the reason under ${REASON_MAX} characters`);

/** Checkbox values from a form ("on"), or real booleans from code. */
export const ZCheckbox = z
  .union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false"), z.literal("")])
  .optional()
  .transform((value) => value === true || value === "on" || value === "true");
