import { z } from "zod";
import { POLL_MIN_OPTIONS, POLL_MAX_OPTIONS } from "./poll-limits";
export { POLL_MIN_OPTIONS, POLL_MAX_OPTIONS } from "./poll-limits";

const MAX_OPEN_DAYS = 90;

/** A poll attached to a new post. Closing time is optional; when given it must be ahead and within 90 days. */
export const ZPollInput = z
  .object({
    question: z
      .string({ error: "Ask a question" })
      .trim()
      .min(3, "Poll question needs at least 3 characters")
      .max(200, "Poll question can be at most 200 characters"),
    options: z
      .array(z.string().trim().max(80, "Poll options can be at most 80 characters"))
      .transform((options) => options.filter(Boolean))
      .pipe(
        z
          .array(z.string())
          .min(POLL_MIN_OPTIONS, `Give at least ${POLL_MIN_OPTIONS} poll options`)
          .max(POLL_MAX_OPTIONS, `Give at most ${POLL_MAX_OPTIONS} poll options`)
          .refine(
            (options) => new Set(options.map((option) => option.toLowerCase())).size === options.length,
            "Poll options must differ from each other",
          ),
      ),
    multiple: z.boolean().default(false),
    isPublic: z.boolean().default(false),
    closesAt: z.preprocess(
      (value) => (value === "" || value === null ? undefined : value),
      z.coerce.date({ error: "Poll closing time must be a date" }).optional(),
    ),
  })
  .superRefine((poll, ctx) => {
    if (!poll.closesAt) return;
    if (poll.closesAt.getTime() <= Date.now())
      ctx.addIssue({ code: "custom", path: ["closesAt"], message: "Poll closing time must be in the future" });
    if (poll.closesAt.getTime() > Date.now() + MAX_OPEN_DAYS * 86_400_000)
      ctx.addIssue({ code: "custom", path: ["closesAt"], message: `Close the poll within ${MAX_OPEN_DAYS} days` });
  });

export type TPollInput = z.input<typeof ZPollInput>;
