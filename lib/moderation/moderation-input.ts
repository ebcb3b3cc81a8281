import { z } from "zod";
import { ZId } from "@/lib/id";

// What a person may say a report is about. Short categories keep the queue scannable; details are optional.
export const REPORT_REASONS = {
  SPAM: "Spam or advertising",
  HARASSMENT: "Harassment or bullying",
  HATEFUL: "Hateful or discriminatory",
  CONFIDENTIAL: "Shares confidential information",
  INAPPROPRIATE: "Inappropriate for work",
  OTHER: "Something else",
} as const;

export type ReportReason = keyof typeof REPORT_REASONS;

export const REPORT_DETAILS_MAX = 1000;
export const MODERATION_REASON_MAX = 500;
/** Removed content stays restorable by admins this long; after that the server refuses. */
export const RESTORE_WINDOW_DAYS = 30;

/** The reason a moderator gives: the author reads it, the audit log keeps it. */
export const ZModerationReason = z
  .string({ error: "Give a reason" })
  .trim()
  .min(3, "Give a reason of at least 3 characters")
  .max(MODERATION_REASON_MAX, `The reason can be at most ${MODERATION_REASON_MAX} characters`);

export const ZContentRef = z.object({ targetType: z.enum(["POST", "COMMENT"]), targetId: ZId });
export type ContentRef = z.infer<typeof ZContentRef>;
