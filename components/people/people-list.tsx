"use client";

import { useState } from "react";
import { PersonCard, type PersonCardData } from "@/components/people/person-card";
import { Button } from "@/components/ui/button";

/** The first page comes from the server; more pages load from the same domain function over the API. */
export function PeopleList({
  initial,
  nextCursor,
  query,
}: {
  initial: PersonCardData[];
  nextCursor: string | null;
  query: string;
}) {
  const [people, setPeople] = useState(initial);
  const [cursor, setCursor] = useState(nextCursor);
  const [state, setState] = useState<"idle" | "loading" | "error">("idle");

  async function loadMore() {
    if (!cursor) return;
    setState("loading");
    const params = new URLSearchParams(query);
    params.set("cursor", cursor);
    const response = await fetch(`/api/people?${params}`).catch(() => null);
    if (!response?.ok) return setState("error");
    const page = (await response.json()) as { items: PersonCardData[]; nextCursor: string | null };
    setPeople((current) => [...current, ...page.items]);
    setCursor(page.nextCursor);
    setState("idle");
  }

  return (
    <>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {people.map((person) => (
          <li key={person.id}>
            <PersonCard person={person} />
          </li>
        ))}
      </ul>
      {cursor && (
        <div className="mt-6 flex flex-col items-center gap-2">
          <Button variant="secondary" onClick={loadMore} disabled={state === "loading"}>
            {state === "loading" ? "Loading…" : "Load more people"}
          </Button>
          {state === "error" && (
            <p role="alert" className="text-sm text-red-700">
              Could not load more people. Try again.
            </p>
          )}
        </div>
      )}
    </>
  );
}
