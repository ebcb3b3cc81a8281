import { z } from "zod";
import { ZDisplayString } from "@/lib/input-fields";
import {
  COMMUNITY_NAME_MAX,
  COMMUNITY_DESCRIPTION_MAX,
  COMMUNITY_CATEGORY_MAX,
  PURPOSE_GOAL_MAX,
  PURPOSE_SUCCESS_MAX,
  PURPOSE_TARGET_MAX,
  COMMUNITY_KINDS,
  COMMUNITY_VISIBILITIES,
} from "./community-limits";
export {
  COMMUNITY_NAME_MAX,
  COMMUNITY_DESCRIPTION_MAX,
  COMMUNITY_CATEGORY_MAX,
  PURPOSE_GOAL_MAX,
  PURPOSE_SUCCESS_MAX,
  PURPOSE_TARGET_MAX,
  COMMUNITY_KINDS,
  COMMUNITY_VISIBILITIES,
  COMMUNITY_SORTS,
  FOCUS_TITLE_MAX,
  FOCUS_BODY_MAX,
  FOCUS_ANSWER_MAX,
  type CommunitySort,
} from "./community-limits";

export const ZSlug = z.string().min(1).max(80);

const optionalText = (max: number, label: string) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z.string().trim().max(max, `${label} can be at most ${max} characters`).optional(),
  );

/**
 * What an owner sets about a community. Strict: role, member counts, ownership or archiving never come
 * from a form (mass assignment), and visibility only from these fields.
 */
export const ZCommunityFields = z
  .object({
    name: ZDisplayString({ error: "Give the community a name" })
      .trim()
      .min(3, "Name needs at least 3 characters")
      .max(COMMUNITY_NAME_MAX, `Name can be at most ${COMMUNITY_NAME_MAX} characters`),
    description: z
      .string()
      .trim()
      .max(COMMUNITY_DESCRIPTION_MAX, `Description can be at most ${COMMUNITY_DESCRIPTION_MAX} characters`)
      .default(""),
    kind: z.enum(COMMUNITY_KINDS, { error: "Choose work or interest" }),
    category: z
      .string()
      .trim()
      .max(COMMUNITY_CATEGORY_MAX, `Category can be at most ${COMMUNITY_CATEGORY_MAX} characters`)
      .default(""),
    visibility: z.enum(COMMUNITY_VISIBILITIES, { error: "Choose public, private or secret" }),
    purposeGoal: optionalText(PURPOSE_GOAL_MAX, "Goal"),
    purposeSuccess: optionalText(PURPOSE_SUCCESS_MAX, "Success definition"),
    purposeTarget: z.preprocess(
      (value) => (value === "" || value === null ? undefined : value),
      z.coerce
        .number({ error: "Target must be a number" })
        .int("Target must be a whole number")
        .min(1, "Target must be at least 1")
        .max(PURPOSE_TARGET_MAX, `Target can be at most ${PURPOSE_TARGET_MAX}`)
        .optional(),
    ),
    purposeReviewAt: z.preprocess(
      (value) => (value === "" || value === null ? undefined : value),
      z.coerce.date({ error: "Review date must be a date" }).optional(),
    ),
  })
  .strict()
  .superRefine((input, ctx) => {
    const purposeParts = [input.purposeSuccess, input.purposeTarget, input.purposeReviewAt].some(
      (part) => part !== undefined,
    );
    if (purposeParts && !input.purposeGoal)
      ctx.addIssue({
        code: "custom",
        path: ["purposeGoal"],
        message: "Goal is needed when you set a success definition, target or review date",
      });
    if (input.purposeGoal && !input.purposeReviewAt)
      ctx.addIssue({
        code: "custom",
        path: ["purposeReviewAt"],
        message: "Review date is needed for a purpose: when will you look back?",
      });
    if (input.purposeReviewAt && input.purposeReviewAt.getTime() <= Date.now()) {
      ctx.addIssue({ code: "custom", path: ["purposeReviewAt"], message: "Review date must be in the future" });
    }
  });

export type TCommunityFields = z.input<typeof ZCommunityFields>;

/** The URL name of a community from its name ("Rebut the top 3 buyer objections" → "rebut-the-top-3-buyer-objections"). */
export function slugFromName(name: string): string {
  return (
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "community"
  );
}
