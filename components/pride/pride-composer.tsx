"use client";

import { useRouter } from "next/navigation";
import { useCallback } from "react";
import { Composer } from "@/components/feed/composer";
import type { PickedPerson } from "@/components/ui/person-picker";

/** The wall's own composer: moments of pride only; the wall re-renders with the new moment on top. */
export function PrideComposer({
  me,
  initial,
}: {
  me: { name: string };
  initial?: { body?: string; tagged?: PickedPerson[] };
}) {
  const router = useRouter();
  const onPosted = useCallback(() => router.refresh(), [router]);
  return <Composer me={me} canAnnounce={false} onPosted={onPosted} prideOnly initial={initial} />;
}
