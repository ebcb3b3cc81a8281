import { z } from "zod";
import { ZOptionalText, ZRequiredText } from "@/lib/input-fields";
import { QUESTION_TITLE_MAX, QUESTION_DETAILS_MAX, ANSWER_MAX, REASON_MAX } from "./question-limits";
export {
  QUESTION_TITLE_MAX,
  QUESTION_DETAILS_MAX,
  ANSWER_MAX,
  REASON_MAX,
  QUESTION_SORTS,
  QUESTION_STATUSES,
  type QuestionSort,
  type QuestionStatusName,
} from "./question-limits";

export const ZQuestionTitle = ZRequiredText(QUESTION_TITLE_MAX, {
  missing: "Write your question first",
  tooLong: `Questions can be at most ${QUESTION_TITLE_MAX} characters`,
});

export const ZQuestionDetails = ZOptionalText(
  QUESTION_DETAILS_MAX,
  `Details can be at most ${QUESTION_DETAILS_MAX} characters`,
);

export const ZAnswerBody = ZRequiredText(ANSWER_MAX, {
  missing: "Write your answer first",
  tooLong: `Answers can be at most ${ANSWER_MAX} characters`,
});

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
