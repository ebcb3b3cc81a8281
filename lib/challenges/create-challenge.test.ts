import { describe, expect, it } from "vitest";
import { createChallenge } from "@/lib/challenges/create-challenge";
import { insertCommunity } from "@/lib/challenges/test-fixtures";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createUser } from "@/lib/test/factories";

const HOUR = 3_600_000;
const at = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();
const valid = () => ({
  title: "Cook-off with our products",
  rules: "Cook **anything** with a Northwind pan.",
  submissionStartsAt: "",
  submissionEndsAt: at(24),
  votingStartsAt: at(24),
  votingEndsAt: at(48),
  votesPerPerson: "3",
});

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("createChallenge", () => {
  it("[CHALLENGES] a leader and an admin start company-wide challenges; the rules are rendered and sanitised; nobody is notified", async () => {
    for (const role of ["LEADER", "ADMIN"] as const) {
      const { actor } = await createUser({ role });
      const before = await db.notification.count({ where: { type: "CHALLENGE_OPENED" } });
      const created = await createChallenge(actor, { ...valid(), rules: "Cook **well** <script>alert(1)</script>" });
      const row = await db.challenge.findUniqueOrThrow({ where: { id: created.id } });
      expect(row).toMatchObject({
        creatorId: actor.id,
        communityId: null,
        votesPerPerson: 3,
        showVotesLive: false,
        entryCount: 0,
        closedAt: null,
      });
      expect(row.slug).toMatch(/^cook-off-with-our-products/);
      expect(row.rulesHtml).toContain("<strong>well</strong>");
      expect(row.rulesHtml).not.toContain("<script");
      expect(await db.notification.count({ where: { type: "CHALLENGE_OPENED" } })).toBe(before);
    }
  });

  it("[CHALLENGES] an employee cannot start a company-wide challenge, nor one in a community they do not own", async () => {
    const { actor } = await createUser();
    const community = await insertCommunity();
    await db.communityMember.create({ data: { communityId: community.id, userId: actor.id, role: "MODERATOR" } });
    expect(await refusal(createChallenge(actor, valid()))).toMatchObject({ code: "FORBIDDEN" });
    expect(await refusal(createChallenge(actor, { ...valid(), communityId: community.id }))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await db.challenge.count({ where: { creatorId: actor.id } })).toBe(0);
  });

  it("[CHALLENGES] a community owner starts one for their own community; its members (not the owner) hear about it", async () => {
    const { actor: owner } = await createUser();
    const { user: member } = await createUser();
    const community = await insertCommunity({ visibility: "PRIVATE" });
    await db.communityMember.createMany({
      data: [
        { communityId: community.id, userId: owner.id, role: "OWNER" },
        { communityId: community.id, userId: member.id },
      ],
    });
    const created = await createChallenge(owner, { ...valid(), communityId: community.id });
    expect(await db.challenge.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({
      communityId: community.id,
    });
    const notes = await db.notification.findMany({
      where: { challengeId: created.id },
      select: { recipientId: true, type: true },
    });
    expect(notes).toEqual([{ recipientId: member.id, type: "CHALLENGE_OPENED" }]);
  });

  it("[CHALLENGES] a leader cannot target a private community they cannot see (it does not exist for them)", async () => {
    const { actor } = await createUser({ role: "LEADER" });
    const secret = await insertCommunity({ visibility: "SECRET" });
    expect(await refusal(createChallenge(actor, { ...valid(), communityId: secret.id }))).toMatchObject({
      code: "BAD_INPUT",
      fieldErrors: { communityId: expect.any(String) },
    });
  });

  it("[CHALLENGES] an empty voting start opens voting with the entries", async () => {
    const { actor } = await createUser({ role: "LEADER" });
    const created = await createChallenge(actor, { ...valid(), submissionStartsAt: at(1), votingStartsAt: "" });
    const row = await db.challenge.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.votingStartsAt.getTime()).toBe(row.submissionStartsAt.getTime());
  });

  it.each([
    [
      "voting opens before entries open",
      { submissionStartsAt: at(2), votingStartsAt: at(1) },
      "votingStartsAt",
      "Voting cannot open before entries open",
    ],
    [
      "entries close before they open",
      { submissionStartsAt: at(5), submissionEndsAt: at(4) },
      "submissionEndsAt",
      "Entries close must be after entries open",
    ],
    [
      "voting closes before it opens",
      { votingStartsAt: at(30), votingEndsAt: at(29) },
      "votingEndsAt",
      "Voting closes must be after voting opens",
    ],
    [
      "voting closes before entries close",
      { submissionEndsAt: at(50), votingEndsAt: at(40) },
      "votingEndsAt",
      "Voting cannot close before entries close",
    ],
    [
      "entries open in the past",
      { submissionStartsAt: at(-5) },
      "submissionStartsAt",
      "Entries open must not be in the past",
    ],
    ["no voting end", { votingEndsAt: "" }, "votingEndsAt", "Voting closes must be a date and time"],
    ["zero votes per person", { votesPerPerson: "0" }, "votesPerPerson", "Everyone needs at least 1 vote"],
    ["a one-letter title", { title: "x" }, "title", "Give the challenge a title (at least 3 characters)"],
  ])("[CHALLENGES] the server refuses %s, naming the field", async (_label, change, field, message) => {
    const { actor } = await createUser({ role: "LEADER" });
    const error = await refusal(createChallenge(actor, { ...valid(), ...change }));
    expect(error.code).toBe("BAD_INPUT");
    expect(error.fieldErrors?.[field]).toBe(message);
    expect(await db.challenge.count({ where: { creatorId: actor.id } })).toBe(0);
  });
});
