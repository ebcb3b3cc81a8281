import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assignActionItem } from "@/lib/action-items/assign-action-item";
import { changeActionItemStatus } from "@/lib/action-items/change-action-item-status";
import { addMemberRow, createCommunityRow } from "@/lib/communities/test-fixtures";
import { createPost } from "@/lib/posts/create-post";
import { EVENT_NAME, rooms, type RealtimeEvent } from "@/lib/realtime/events";
import { publish } from "@/lib/realtime/publish";
import { createUser } from "@/lib/test/factories";
import { startRealtimeHarness, type RealtimeHarness } from "@/lib/test/realtime-harness";

// An action item's events reach everyone (the board is company-wide), but the id of its source goes only to the rooms
// that may see the source: a post in a secret community must not reach outsiders, not even as an id.

describe("[ACTIONS] realtime: the source id follows the source's audience", () => {
  let harness: RealtimeHarness;
  beforeAll(async () => {
    harness = await startRealtimeHarness();
  });
  afterAll(async () => harness?.close());

  async function heardBy(userId: string) {
    const socket = await harness.connectAs(userId);
    const heard: RealtimeEvent[] = [];
    socket.on(EVENT_NAME, (event: RealtimeEvent) => heard.push(event));
    /** Waits until everything published before this call has reached the socket (same-server ordering). */
    const settled = async () => {
      const marker = new Promise((resolve) => socket.once(EVENT_NAME, resolve));
      publish(rooms.user(userId), { type: "notification.read" });
      await marker;
      return heard.filter((event) => event.type !== "notification.read");
    };
    return { settled };
  }

  it("[ACTIONS] an item from a secret community's post: members hear the post's id, outsiders only the item's", async () => {
    const community = await createCommunityRow("SECRET");
    const { actor: leader } = await createUser({ role: "LEADER" });
    const { actor: member } = await createUser();
    const { actor: outsider } = await createUser();
    await addMemberRow(community.id, leader, "OWNER");
    await addMemberRow(community.id, member);
    const post = await createPost(leader, { body: "Draft agenda for the offsite", communityId: community.id });

    const memberEars = await heardBy(member.id);
    const outsiderEars = await heardBy(outsider.id);
    const item = await assignActionItem(leader, {
      title: "Book the venue",
      assigneeIds: [member.id],
      postId: post.id,
    });
    await changeActionItemStatus(member, { itemId: item.id, status: "IN_PROGRESS" });

    const outsiderHeard = await outsiderEars.settled();
    expect(outsiderHeard).toEqual([
      { type: "actionItem.created", actionItemId: item.id, sourceId: null },
      { type: "actionItem.updated", actionItemId: item.id, sourceId: null },
    ]);
    expect(JSON.stringify(outsiderHeard)).not.toContain(post.id);
    const memberHeard = await memberEars.settled();
    expect(memberHeard).toContainEqual({ type: "actionItem.created", actionItemId: item.id, sourceId: post.id });
    expect(memberHeard).toContainEqual({ type: "actionItem.updated", actionItemId: item.id, sourceId: post.id });
  });

  it("[ACTIONS] an item from a company-wide post carries its source id to everyone", async () => {
    const { actor: leader } = await createUser({ role: "LEADER" });
    const { actor: colleague } = await createUser();
    const post = await createPost(leader, { body: "Canteen opening hours" });
    const ears = await heardBy(colleague.id);
    const item = await assignActionItem(leader, {
      title: "Ask the caterer",
      assigneeIds: [colleague.id],
      postId: post.id,
    });
    expect(await ears.settled()).toContainEqual({
      type: "actionItem.created",
      actionItemId: item.id,
      sourceId: post.id,
    });
  });
});
