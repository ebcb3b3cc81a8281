import type { Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { joinCommunity } from "@/lib/communities/join-community";
import { removeMember } from "@/lib/communities/remove-member";
import { addMemberRow, createCommunityRow } from "@/lib/communities/test-fixtures";
import { createPost } from "@/lib/posts/create-post";
import { EVENT_NAME, idsOf, type RealtimeEvent } from "@/lib/realtime/events";
import { createUser } from "@/lib/test/factories";
import { startRealtimeHarness, type RealtimeHarness } from "@/lib/test/realtime-harness";

let harness: RealtimeHarness;

async function connected(userId: string): Promise<{ socket: Socket; heard: RealtimeEvent[] }> {
  const socket = await harness.connectAs(userId);
  const heard: RealtimeEvent[] = [];
  socket.on(EVENT_NAME, (event: RealtimeEvent) => heard.push(event));
  return { socket, heard };
}

/** Waits until `heard` has an event of the type about the id, or fails after 60 s (a busy machine is slow, not broken). */
async function heardEvent(heard: RealtimeEvent[], type: string, id: string) {
  const deadline = Date.now() + 60_000;
  while (!heard.some((event) => event.type === type && idsOf(event).includes(id))) {
    if (Date.now() > deadline) throw new Error(`no ${type} about ${id}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("[COMMUNITIES] realtime audience", () => {
  beforeAll(async () => {
    harness = await startRealtimeHarness();
  });

  afterAll(async () => harness?.close());

  it("[COMMUNITIES] a secret community's new post reaches members (joined at connect and live), admins, and not outsiders or removed members", async () => {
    const community = await createCommunityRow("SECRET");
    const { actor: owner } = await createUser();
    const { actor: member } = await createUser();
    const { actor: outsider } = await createUser();
    const { actor: admin } = await createUser({ role: "ADMIN" });
    await addMemberRow(community.id, owner, "OWNER");
    await addMemberRow(community.id, member);
    const memberSocket = await connected(member.id);
    const outsiderSocket = await connected(outsider.id);
    const adminSocket = await connected(admin.id);

    const first = await createPost(owner, { body: "Secret agenda", communityId: community.id });
    await heardEvent(memberSocket.heard, "post.created", first.id);
    await heardEvent(adminSocket.heard, "post.created", first.id);

    // The outsider is invited and joins while connected: their open socket joins the room at once.
    await harness.db.communityInvitation.create({
      data: { communityId: community.id, inviteeId: outsider.id, inviterId: owner.id },
    });
    await joinCommunity(outsider, { communityId: community.id });
    const second = await createPost(owner, { body: "Welcome aboard", communityId: community.id });
    await heardEvent(outsiderSocket.heard, "post.created", second.id);
    expect(outsiderSocket.heard.some((event) => event.type === "post.created" && idsOf(event).includes(first.id))).toBe(
      false,
    );

    // Removed: the socket leaves the room, later posts do not reach it.
    await removeMember(owner, { communityId: community.id, userId: member.id });
    const third = await createPost(owner, { body: "After the removal", communityId: community.id });
    await heardEvent(outsiderSocket.heard, "post.created", third.id);
    expect(memberSocket.heard.some((event) => event.type === "post.created" && idsOf(event).includes(third.id))).toBe(
      false,
    );
  });
});
