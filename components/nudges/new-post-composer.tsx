"use client";

import { useRouter } from "next/navigation";
import { useCallback } from "react";
import { Composer } from "@/components/feed/composer";

/** The feed's composer on its own page: once posted, the post opens. */
export function NewPostComposer({
  me,
  canAnnounce,
  initialBody,
}: {
  me: { name: string };
  canAnnounce: boolean;
  initialBody: string;
}) {
  const router = useRouter();
  const onPosted = useCallback((postId: string) => router.push(`/posts/${postId}`), [router]);
  return <Composer me={me} canAnnounce={canAnnounce} onPosted={onPosted} initial={{ body: initialBody }} />;
}
