import type { Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { viewersOf } from "@/lib/live-shows/presence";
import { insertShow } from "@/lib/live-shows/test-fixtures";
import { EVENT_NAME, rooms, type RealtimeEvent } from "@/lib/realtime/events";
import { publish } from "@/lib/realtime/publish";
import { createUser } from "@/lib/test/factories";
import { startRealtimeHarness, type RealtimeHarness } from "@/lib/test/realtime-harness";

let harness: RealtimeHarness;
const connectAs = (userId: string) => harness.connectAs(userId);

const join = (socket: Socket, showId: unknown) =>
  socket.timeout(5_000).emitWithAck("show:join", showId) as Promise<boolean>;

describe("joining a show's room over the socket", () => {
  beforeAll(async () => {
    harness = await startRealtimeHarness();
  });

  afterAll(async () => harness?.close());

  it("[SHOWS] a join is granted only for a show that exists; only joined sockets hear the room; disconnecting ends presence", async () => {
    const { user: host } = await createUser({ role: "LEADER" });
    const { user: viewer } = await createUser();
    const { user: outsider } = await createUser();
    const show = await insertShow(host.id);
    const viewerSocket = await connectAs(viewer.id);
    const outsiderSocket = await connectAs(outsider.id);

    expect(await join(outsiderSocket, "no-such-show")).toBe(false);
    expect(await join(outsiderSocket, { sneaky: true })).toBe(false);
    expect(await join(viewerSocket, show.id)).toBe(true);
    expect(viewersOf(show.id)).toEqual([viewer.id]);

    const heard: RealtimeEvent[] = [];
    outsiderSocket.on(EVENT_NAME, (event: RealtimeEvent) => heard.push(event));
    const arrived = new Promise<RealtimeEvent>((resolve) => viewerSocket.once(EVENT_NAME, resolve));
    publish(rooms.show(show.id), { type: "live.comment", commentId: "c1" });
    expect(await arrived).toEqual({ type: "live.comment", commentId: "c1" });
    // Same-server ordering: a marker to the outsider arrives after anything sent to it before.
    const marker = new Promise((resolve) => outsiderSocket.once(EVENT_NAME, resolve));
    publish(rooms.user(outsider.id), { type: "notification.read" });
    await marker;
    expect(heard.filter((event) => event.type === "live.comment")).toEqual([]);

    viewerSocket.close();
    await expect.poll(() => viewersOf(show.id)).toEqual([]);
  });
});
