"use client";

import { createContext, useContext, useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import type { Socket } from "socket.io-client";
import { EVENT_NAME, type RealtimeEvent, type RealtimeEventOf, type RealtimeEventType } from "@/lib/realtime/events";

/** What a listener hears: the events it asked for, typed by the registry, or a resync after a reconnect. */
export type Resync = { type: "resync" };
export type HeardEvent<T extends RealtimeEventType = RealtimeEventType> = RealtimeEventOf<T> | Resync;
type Handler = (event: HeardEvent) => void;
type Status = "connecting" | "connected" | "offline";

const RealtimeContext = createContext<{ status: Status; listeners: Set<Handler>; socket: Socket | null } | null>(null);

// A reconnect may have missed events (socket.io delivers at most once), so every listener hears
// this after one and refetches from the database.
export const RESYNC: Resync = { type: "resync" };

export function RealtimeProvider({ children }: { children: React.ReactNode }) {
  const [status, setStatus] = useState<Status>("connecting");
  const [listeners] = useState(() => new Set<Handler>());
  const [socket, setSocket] = useState<Socket | null>(null);

  useEffect(() => {
    // socket.io-client loads after the page is interactive, not with it: nothing on first paint needs it.
    let socket: Socket | null = null;
    let cancelled = false;
    void import("socket.io-client").then(({ io }) => {
      if (cancelled) return;
      socket = io({ withCredentials: true, reconnectionDelayMax: 10_000 });
      // The socket is made here, once the page runs in a browser; rooms asked for by pages need it.
      setSocket(socket);
      let connectedBefore = false;
      socket.on("connect", () => {
        setStatus("connected");
        if (connectedBefore) listeners.forEach((handler) => handler(RESYNC));
        connectedBefore = true;
      });
      socket.on("disconnect", () => setStatus("offline"));
      socket.on("connect_error", () => setStatus("offline"));
      socket.on(EVENT_NAME, (event: RealtimeEvent) => listeners.forEach((handler) => handler(event)));
    });
    return () => {
      cancelled = true;
      socket?.disconnect();
    };
  }, [listeners]);

  return <RealtimeContext.Provider value={{ status, listeners, socket }}>{children}</RealtimeContext.Provider>;
}

/** Calls `handler` for events of the given types (and after every reconnect), typed by lib/realtime/events.ts. */
export function useRealtimeEvent<T extends RealtimeEventType>(
  types: readonly T[],
  handler: (event: HeardEvent<T>) => void,
) {
  const context = useContext(RealtimeContext);
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  const key = types.join(",");
  useEffect(() => {
    if (!context) return;
    const wanted = new Set(key.split(","));
    // Only the asked-for types pass, so the event is one of T here.
    const listener: Handler = (event) =>
      (event.type === "resync" || wanted.has(event.type)) && latest.current(event as HeardEvent<T>);
    context.listeners.add(listener);
    return () => {
      context.listeners.delete(listener);
    };
  }, [context, key]);
}

/**
 * Asks the server to put this socket in a room beyond the automatic ones (e.g. "show" → `show:<id>`),
 * again after every reconnect; the server grants it only after a domain check. `onJoined` runs after each
 * granted join: the moment to catch up from the database on what the room said while we were away.
 */
export function useRealtimeRoom(kind: "show", id: string, onJoined?: () => void) {
  const socket = useContext(RealtimeContext)?.socket ?? null;
  const latest = useRef(onJoined);
  useEffect(() => {
    latest.current = onJoined;
  });
  useEffect(() => {
    if (!socket) return;
    const join = () => socket.emit(`${kind}:join`, id, (granted: boolean) => granted && latest.current?.());
    if (socket.connected) join();
    socket.on("connect", join);
    return () => {
      socket.off("connect", join);
      socket.emit(`${kind}:leave`, id);
    };
  }, [socket, kind, id]);
}

/** How long live updates must be down before the header says so: a page load or a brief blip stays silent. */
export const OFFLINE_NOTICE_MS = 4_000;

/**
 * Says nothing while live updates work or are still starting; after OFFLINE_NOTICE_MS without a connection, a
 * calm "Reconnecting" note. `data-state` carries the socket's state for tests either way.
 */
export function RealtimeStatus() {
  const status = useContext(RealtimeContext)?.status ?? "offline";
  const [notice, setNotice] = useState(false);
  useEffect(() => {
    if (status === "connected") {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- back online: the note goes at once
      setNotice(false);
      return;
    }
    const timer = setTimeout(() => setNotice(true), OFFLINE_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [status]);
  return (
    <span data-testid="realtime-status" data-state={status} data-notice={notice || undefined} role="status">
      {notice && (
        <span
          title="Live updates are off until the connection is back; the page still works."
          className="inline-flex items-center gap-1.5 rounded-full bg-amber-50 px-2 py-1 text-xs font-medium text-amber-900 ring-1 ring-amber-200"
        >
          <span className="size-2 rounded-full bg-amber-500" aria-hidden="true" />
          Reconnecting…
        </span>
      )}
    </span>
  );
}

export function SessionWatch() {
  const router = useRouter();
  useRealtimeEvent(["session.revoked"], (event) => {
    if (event.type === "session.revoked") router.replace("/signin");
  });
  return null;
}
