import { z } from "zod";
import { ZFormMoment, ZOptionalText, ZRequiredText } from "@/lib/input-fields";
import { AMA_TITLE_MAX, AMA_DESCRIPTION_MAX, AMA_MAX_DAYS } from "./ama-limits";
export { AMA_TITLE_MAX, AMA_DESCRIPTION_MAX, AMA_MAX_DAYS } from "./ama-limits";

const DAY = 86_400_000;
// A start picked as "now" in a minute-precise picker lands a little in the past; that is still now.
const START_GRACE = 10 * 60_000;

const ZMoment = ZFormMoment;

export const ZCreateAmaInput = z
  .object({
    title: ZRequiredText(AMA_TITLE_MAX, {
      missing: "Give the AMA a title",
      min: 3,
      short: "Give the AMA a title (at least 3 characters)",
      tooLong: `Titles can be at most ${AMA_TITLE_MAX} characters`,
    }),
    description: ZOptionalText(AMA_DESCRIPTION_MAX, `The description can be at most ${AMA_DESCRIPTION_MAX} characters`),
    // Empty: right away.
    startsAt: z.preprocess(
      (value) => (value === "" || value === undefined || value === null ? new Date() : value),
      z.coerce.date({ error: "Start must be a date and time" }),
    ),
    endsAt: ZMoment("End"),
  })
  .superRefine((input, ctx) => {
    const now = Date.now();
    const start = input.startsAt.getTime();
    const end = input.endsAt.getTime();
    if (start < now - START_GRACE)
      ctx.addIssue({ code: "custom", path: ["startsAt"], message: "Start must not be in the past" });
    if (end <= start) ctx.addIssue({ code: "custom", path: ["endsAt"], message: "End must be after the start" });
    else if (end - start > AMA_MAX_DAYS * DAY)
      ctx.addIssue({ code: "custom", path: ["endsAt"], message: `An AMA can last at most ${AMA_MAX_DAYS} days` });
    if (start > now + 365 * DAY)
      ctx.addIssue({ code: "custom", path: ["startsAt"], message: "Start within the next year" });
  });

export type TCreateAmaInput = z.input<typeof ZCreateAmaInput>;
