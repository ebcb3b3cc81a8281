"use client";

import { useEffect, useState } from "react";

/**
 * Colleagues matching `query` from the directory (/api/people), fetched a moment after typing stops; an
 * older answer never overwrites a newer one. An empty query keeps the last results (callers hide them).
 */
export function usePeopleSearch<P>(query: string, { limit, delayMs }: { limit: number; delayMs: number }) {
  const [results, setResults] = useState<P[]>([]);
  const [status, setStatus] = useState<"idle" | "loading" | "error">("idle");

  useEffect(() => {
    const text = query.trim();
    if (!text) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setStatus("loading");
      const response = await fetch(`/api/people?limit=${limit}&q=${encodeURIComponent(text)}`, {
        signal: controller.signal,
      }).catch(() => null);
      if (controller.signal.aborted) return;
      if (!response?.ok) return setStatus("error");
      setResults(((await response.json()) as { items: P[] }).items);
      setStatus("idle");
    }, delayMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, limit, delayMs]);

  return { results, setResults, status };
}
