import { z } from "zod";
import { ZFormMoment, ZOptionalText, ZRequiredText, isEmptyField } from "@/lib/input-fields";
import { CHALLENGE_TITLE_MAX, CHALLENGE_RULES_MAX, CHALLENGE_MAX_VOTES, CHALLENGE_MAX_DAYS } from "./challenge-limits";
export { CHALLENGE_TITLE_MAX, CHALLENGE_RULES_MAX, CHALLENGE_MAX_VOTES, CHALLENGE_MAX_DAYS } from "./challenge-limits";

const DAY = 86_400_000;
// A start picked as "now" in a minute-precise picker lands a little in the past; that is still now.
const START_GRACE = 10 * 60_000;

const empty = isEmptyField;
const ZMoment = ZFormMoment;

export const ZCreateChallengeInput = z
  .object({
    title: ZRequiredText(CHALLENGE_TITLE_MAX, {
      missing: "Give the challenge a title",
      min: 3,
      short: "Give the challenge a title (at least 3 characters)",
      tooLong: `Titles can be at most ${CHALLENGE_TITLE_MAX} characters`,
    }),
    rules: ZOptionalText(CHALLENGE_RULES_MAX, `The rules can be at most ${CHALLENGE_RULES_MAX} characters`),
    communityId: z.preprocess((value) => (empty(value) ? undefined : value), z.string().max(40).optional()),
    // Empty: entries open right away.
    submissionStartsAt: z.preprocess(
      (value) => (empty(value) ? new Date() : value),
      z.coerce.date({ error: "Entries open must be a date and time" }),
    ),
    submissionEndsAt: ZMoment("Entries close"),
    // Empty: voting opens with the entries (filled in below), so people vote as entries arrive.
    votingStartsAt: z.preprocess(
      (value) => (empty(value) ? undefined : value),
      z.coerce.date({ error: "Voting opens must be a date and time" }).optional(),
    ),
    votingEndsAt: ZMoment("Voting closes"),
    votesPerPerson: z.coerce
      .number({ error: "Votes per person must be a number" })
      .int("Votes per person must be a whole number")
      .min(1, "Everyone needs at least 1 vote")
      .max(CHALLENGE_MAX_VOTES, `At most ${CHALLENGE_MAX_VOTES} votes per person`)
      .default(1),
    showVotesLive: z
      .preprocess((value) => value === true || value === "true" || value === "on", z.boolean())
      .default(false),
  })
  .transform((input) => ({ ...input, votingStartsAt: input.votingStartsAt ?? input.submissionStartsAt }))
  .superRefine((input, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    const now = Date.now();
    const opens = input.submissionStartsAt.getTime();
    const closes = input.submissionEndsAt.getTime();
    const votingOpens = input.votingStartsAt.getTime();
    const votingCloses = input.votingEndsAt.getTime();
    if (opens < now - START_GRACE) issue("submissionStartsAt", "Entries open must not be in the past");
    if (opens > now + 365 * DAY) issue("submissionStartsAt", "Entries must open within the next year");
    if (closes <= opens) issue("submissionEndsAt", "Entries close must be after entries open");
    if (votingOpens < opens) issue("votingStartsAt", "Voting cannot open before entries open");
    if (votingCloses <= votingOpens) issue("votingEndsAt", "Voting closes must be after voting opens");
    else if (votingCloses < closes) issue("votingEndsAt", "Voting cannot close before entries close");
    else if (votingCloses - opens > CHALLENGE_MAX_DAYS * DAY)
      issue("votingEndsAt", `A challenge can run for at most ${CHALLENGE_MAX_DAYS} days`);
  });

export type TCreateChallengeInput = z.input<typeof ZCreateChallengeInput>;
