import { z } from "zod";
import { ZOptionalText, ZRequiredText } from "@/lib/input-fields";
import { ZId } from "@/lib/id";
import {
  ACTION_TITLE_MAX,
  ACTION_TEXT_MAX,
  ACTION_MAX_ASSIGNEES,
  ACTION_MAX_DUE_DAYS,
  type ActionStatus,
} from "./action-item-limits";
export {
  ACTION_TITLE_MAX,
  ACTION_TITLE_SUGGESTION_MAX,
  ACTION_TEXT_MAX,
  ACTION_MAX_ASSIGNEES,
  ACTION_MAX_DUE_DAYS,
  ACTION_STATUSES,
  STATUS_LABELS,
  STATUS_MOVES,
  type ActionStatus,
} from "./action-item-limits";

export const ZActionTitle = ZRequiredText(ACTION_TITLE_MAX, {
  missing: "Give the action item a title",
  tooLong: `Titles can be at most ${ACTION_TITLE_MAX} characters`,
});

export const ZActionDescription = ZOptionalText(
  ACTION_TEXT_MAX,
  `Descriptions can be at most ${ACTION_TEXT_MAX} characters`,
);

/** A calendar day, "YYYY-MM-DD", or empty for "no due date". Stored as the end of that day (UTC). */
export const ZDueDate = z
  .union([
    z.literal("").transform(() => null),
    z.null(),
    z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Due date must be a date"),
  ])
  .optional()
  .transform((value, ctx) => {
    if (!value) return null;
    const date = new Date(`${value}T23:59:59.999Z`);
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
      ctx.addIssue({ code: "custom", message: "Due date must be a real date" });
      return z.NEVER;
    }
    return date;
  });

export const ZAssigneeIds = z
  .array(ZId, { error: "Choose at least one person" })
  .min(1, "Choose at least one person")
  .max(ACTION_MAX_ASSIGNEES, `Assign at most ${ACTION_MAX_ASSIGNEES} people`)
  .transform((ids) => [...new Set(ids)]);

/** Refuses a due day that has already ended, or one absurdly far away. `now` is when the request runs. */
export function dueDateProblem(due: Date, now = new Date()): string | null {
  if (due.getTime() < now.getTime()) return "Due date cannot be in the past";
  if (due.getTime() > now.getTime() + ACTION_MAX_DUE_DAYS * 86_400_000) return "Due date can be at most two years away";
  return null;
}

/** Zod's strict objects name unknown keys; this says it in a sentence (fields like assignerId or status cannot be set). */
export function unknownKeysError(issue: { code?: string; keys?: string[] }): string | undefined {
  if (issue.code === "unrecognized_keys") return `These fields cannot be set here: ${(issue.keys ?? []).join(", ")}`;
  return undefined;
}

export const isActiveStatus = (status: ActionStatus) => status === "OPEN" || status === "IN_PROGRESS";
