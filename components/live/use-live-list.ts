"use client";

import { useCallback, useEffect, useRef, useState } from "react";

type Item = { id: string };
type Page<T> = { items: T[]; nextCursor: string | null };

/**
 * The machinery of a live, cursor-paginated list (the feed, the questions board): more pages on scroll
 * or by button, items refreshed in place when events name them (bursts coalesced into one request),
 * and new items held behind a pill until the reader asks for them.
 *
 * `fetchByIds` returns what the reader may see now; `keep` drops what no longer belongs in this view.
 */
export function useLiveList<T extends Item>({
  initial,
  fetchPage,
  fetchByIds,
  keep = () => true,
}: {
  initial: Page<T>;
  fetchPage: (cursor: string) => Promise<Page<T> | null>;
  fetchByIds: (ids: string[]) => Promise<T[]>;
  keep?: (item: T) => boolean;
}) {
  const [items, setItems] = useState(initial.items);
  const [cursor, setCursor] = useState(initial.nextCursor);
  const [loading, setLoading] = useState<"idle" | "loading" | "error">("idle");
  const [waiting, setWaiting] = useState<string[]>([]);
  const sentinel = useRef<HTMLDivElement>(null);
  const shown = useRef(new Set<string>());
  useEffect(() => {
    shown.current = new Set(items.map((item) => item.id));
  }, [items]);

  const loadMore = useCallback(async () => {
    if (!cursor || loading === "loading") return;
    setLoading("loading");
    const page = await fetchPage(cursor).catch(() => null);
    if (!page) return setLoading("error");
    setItems((current) => [...current, ...page.items.filter((item) => !current.some((other) => other.id === item.id))]);
    setCursor(page.nextCursor);
    setLoading("idle");
  }, [cursor, loading, fetchPage]);

  useEffect(() => {
    const node = sentinel.current;
    if (!node) return;
    const observer = new IntersectionObserver((entries) => entries[0]?.isIntersecting && void loadMore(), {
      rootMargin: "600px",
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [loadMore]);

  const pendingRefresh = useRef(new Set<string>());
  const refreshTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ fetchByIds, keep });
  useEffect(() => {
    latest.current = { fetchByIds, keep };
  });

  /** Refetches items on screen; one that comes back missing (removed, hidden) or unwanted leaves the list. */
  const refresh = useCallback((ids: string[]) => {
    ids.forEach((id) => pendingRefresh.current.add(id));
    if (refreshTimer.current) return;
    refreshTimer.current = setTimeout(async () => {
      const wanted = [...pendingRefresh.current];
      pendingRefresh.current.clear();
      refreshTimer.current = null;
      const fresh = await latest.current.fetchByIds(wanted);
      setItems((current) =>
        current.flatMap((item) => {
          if (!wanted.includes(item.id)) return [item];
          const updated = fresh.find((other) => other.id === item.id);
          return updated && latest.current.keep(updated) ? [updated] : [];
        }),
      );
    }, 150);
  }, []);

  /** Puts an item behind the "N new" pill (unless it is already on screen). */
  const hold = useCallback((id: string) => {
    if (!shown.current.has(id)) setWaiting((current) => (current.includes(id) ? current : [...current, id]));
  }, []);

  /** Shows held (or just created) items at the top. */
  const showWaiting = useCallback(async (ids: string[]) => {
    const fresh = (await latest.current.fetchByIds(ids)).filter((item) => latest.current.keep(item));
    setItems((current) => [...fresh.filter((item) => !current.some((other) => other.id === item.id)), ...current]);
    setWaiting((current) => current.filter((id) => !ids.includes(id)));
  }, []);

  // An item can be held and shown at about the same time (your own, just posted): never count it twice.
  const pill = waiting.filter((id) => !items.some((item) => item.id === id));
  const isShown = useCallback((id: string) => shown.current.has(id), []);
  const shownIds = useCallback(() => [...shown.current], []);

  return { items, cursor, loading, loadMore, sentinel, refresh, hold, showWaiting, pill, isShown, shownIds };
}
