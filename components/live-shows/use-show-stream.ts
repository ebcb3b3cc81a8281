"use client";

import { useCallback, useRef, useState } from "react";
import { useRealtimeEvent, useRealtimeRoom } from "@/components/realtime/realtime-provider";
import type { LiveCommentView } from "@/lib/live-shows/comment-view";
import type { ShowPulse } from "@/lib/live-shows/find-show-pulse";

async function getJson<T>(url: string): Promise<T | null> {
  const response = await fetch(url, { cache: "no-store" }).catch(() => null);
  return response?.ok ? ((await response.json()) as T) : null;
}

/**
 * A show's live state on its page: the comment stream and the pulse (viewers, reactions). The page joins
 * the show's room; "live.comment" names new comments and the page fetches what came after the last one it
 * has (by cursor), which is also how it catches up after every (re)join. Updated comments are refetched by id.
 */
export function useShowStream(showId: string, initial: { comments: LiveCommentView[]; pulse: ShowPulse }) {
  const [comments, setComments] = useState(initial.comments);
  const [pulse, setPulse] = useState(initial.pulse);
  const lastId = useRef(initial.comments.at(-1)?.id);
  const fetching = useRef<Promise<void> | null>(null);
  const again = useRef(false);
  const pulseTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const catchUp = useCallback(() => {
    // One request at a time; a burst of events while it runs makes exactly one more.
    if (fetching.current) {
      again.current = true;
      return;
    }
    fetching.current = (async () => {
      do {
        again.current = false;
        const after = lastId.current ? `?after=${encodeURIComponent(lastId.current)}` : "";
        const page = await getJson<{ items: LiveCommentView[] }>(`/api/live-shows/${showId}/comments${after}`);
        if (page && page.items.length > 0) {
          lastId.current = page.items.at(-1)?.id;
          setComments((current) => [
            ...current,
            ...page.items.filter((item) => !current.some((other) => other.id === item.id)),
          ]);
        }
      } while (again.current);
      fetching.current = null;
    })();
  }, [showId]);

  const refreshComments = useCallback(
    async (ids: string[]) => {
      const page = await getJson<{ items: LiveCommentView[] }>(
        `/api/live-shows/${showId}/comments?ids=${ids.map(encodeURIComponent).join(",")}`,
      );
      if (!page) return;
      setComments((current) => current.map((comment) => page.items.find((item) => item.id === comment.id) ?? comment));
    },
    [showId],
  );

  const refreshPulse = useCallback(() => {
    if (pulseTimer.current) return;
    pulseTimer.current = setTimeout(async () => {
      pulseTimer.current = null;
      const fresh = await getJson<ShowPulse>(`/api/live-shows/${showId}/pulse`);
      if (fresh) setPulse(fresh);
    }, 250);
  }, [showId]);

  useRealtimeRoom("show", showId, () => {
    catchUp();
    refreshPulse();
  });
  useRealtimeEvent(["live.comment", "live.comment.updated", "live.reaction", "live.viewers"], (event) => {
    if (event.type === "live.comment") catchUp();
    else if (event.type === "live.comment.updated") void refreshComments([event.commentId]);
    else if (event.type === "live.reaction" || event.type === "live.viewers") refreshPulse();
  });

  return { comments, pulse, catchUp, refreshComments, refreshPulse };
}
