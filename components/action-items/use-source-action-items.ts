"use client";

import { useCallback, useEffect, useState } from "react";
import { useRealtimeEvent } from "@/components/realtime/realtime-provider";
import type { ActionItemChip } from "@/lib/action-items/action-item-chip";

type Query = { answerId: string } | { postId: string } | { commentsOfPostId: string };

/**
 * The action items made from one source (or from all comments of a post), kept live: an item created
 * or changed from this source names it in its event, and the list is refetched. Without `initial`, it
 * loads once on mount. For a post's comments, `watchIds` are the comments whose events matter.
 */
export function useSourceActionItems(
  query: Query,
  { initial, watchIds }: { initial?: ActionItemChip[]; watchIds?: string[] } = {},
) {
  const [items, setItems] = useState<ActionItemChip[]>(initial ?? []);
  const [canAssign, setCanAssign] = useState<boolean | null>(null);
  const [key, value] = Object.entries(query)[0] as [string, string];
  const sourceIdOf = key === "commentsOfPostId" ? null : value;

  const reload = useCallback(async () => {
    const data = await fetchSourceItems(key, value);
    if (!data) return;
    setItems(data.items);
    setCanAssign(data.canAssign);
  }, [key, value]);

  const needsLoad = initial === undefined;
  useEffect(() => {
    if (!needsLoad) return;
    let current = true;
    void fetchSourceItems(key, value).then((data) => {
      if (!current || !data) return;
      setItems(data.items);
      setCanAssign(data.canAssign);
    });
    return () => {
      current = false;
    };
  }, [needsLoad, key, value]);

  useRealtimeEvent(["actionItem.created", "actionItem.updated"], (event) => {
    if (event.type === "resync") return void reload();
    const { actionItemId, sourceId } = event;
    const watched = sourceId !== null && (sourceId === sourceIdOf || Boolean(watchIds?.includes(sourceId)));
    if (watched || items.some((item) => item.id === actionItemId)) void reload();
  });

  return { items, canAssign, reload };
}

async function fetchSourceItems(
  key: string,
  value: string,
): Promise<{ items: ActionItemChip[]; canAssign: boolean } | null> {
  const response = await fetch(`/api/action-items/sources?${key}=${encodeURIComponent(value)}`, {
    cache: "no-store",
  }).catch(() => null);
  return response?.ok ? ((await response.json()) as { items: ActionItemChip[]; canAssign: boolean }) : null;
}
