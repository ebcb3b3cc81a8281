import { describe, expect, it } from "vitest";
import { moderatesAnyCommunity } from "@/lib/moderation/moderates-any-community";
import { communityWithPeople } from "@/lib/moderation/test-fixtures";
import { createUser } from "@/lib/test/factories";

describe("moderatesAnyCommunity", () => {
  it("[MODERATION] owners and moderators get the queue in the navigation; members and outsiders do not", async () => {
    const { owner, moderator, member } = await communityWithPeople();
    const { actor: outsider } = await createUser({ role: "LEADER" });
    expect(await moderatesAnyCommunity(owner.actor, {})).toBe(true);
    expect(await moderatesAnyCommunity(moderator.actor, {})).toBe(true);
    expect(await moderatesAnyCommunity(member.actor, {})).toBe(false);
    expect(await moderatesAnyCommunity(outsider, {})).toBe(false);
  });
});
