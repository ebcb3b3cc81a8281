import { z } from "zod";
import { ZId } from "@/lib/id";
import { MODERATION_REASON_MAX } from "./moderation-limits";
export {
  REPORT_REASONS,
  REPORT_DETAILS_MAX,
  MODERATION_REASON_MAX,
  RESTORE_WINDOW_DAYS,
  type ReportReason,
} from "./moderation-limits";

/** The reason a moderator gives: the author reads it, the audit log keeps it. */
export const ZModerationReason = z
  .string({ error: "Give a reason" })
  .trim()
  .min(3, "Give a reason of at least 3 characters")
  .max(MODERATION_REASON_MAX, `The reason can be at most ${MODERATION_REASON_MAX} characters`);

export const ZContentRef = z.object({ targetType: z.enum(["POST", "COMMENT"]), targetId: ZId });
export type ContentRef = z.infer<typeof ZContentRef>;
