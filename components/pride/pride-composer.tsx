"use client";

import { useRouter } from "next/navigation";
import { useCallback } from "react";
import { Composer } from "@/components/feed/composer";

/** The wall's own composer: moments of pride only; the wall re-renders with the new moment on top. */
export function PrideComposer({ me }: { me: { name: string } }) {
  const router = useRouter();
  const onPosted = useCallback(() => router.refresh(), [router]);
  return <Composer me={me} canAnnounce={false} onPosted={onPosted} prideOnly />;
}
