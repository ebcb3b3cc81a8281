import { ArrowLeft, ChevronUp } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { FocusThread } from "@/components/communities/focus-thread";
import { RichText } from "@/components/content/rich-text";
import { LiveRefresh } from "@/components/ui/live-refresh";
import { currentActor } from "@/lib/auth/current-user";
import { findFocusItem } from "@/lib/communities/find-focus-item";
import { pageRefusal } from "@/lib/http";

export const metadata: Metadata = { title: "Focus item" };

export default async function FocusItemPage({ params }: { params: Promise<{ slug: string; itemId: string }> }) {
  const { slug, itemId } = await params;
  const path = `/communities/${slug}/focus/${itemId}`;
  const thread = await findFocusItem(await currentActor(), { itemId }).catch((error: unknown) =>
    pageRefusal(error, path),
  );
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <LiveRefresh types={["focus.changed"]} ids={[thread.id]} />
      <Link
        href={`/communities/${slug}?tab=focus`}
        className="inline-flex items-center gap-1.5 text-sm font-medium text-stone-600 hover:text-stone-900"
      >
        <ArrowLeft className="size-4" aria-hidden="true" /> Focus board
      </Link>
      <header className="rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200 sm:p-5">
        <h1 className="text-xl font-semibold text-stone-900">{thread.title}</h1>
        <p className="mt-1 flex items-center gap-2 text-sm text-stone-600">
          <span className="inline-flex items-center gap-0.5 font-medium text-stone-800">
            <ChevronUp className="size-4" aria-hidden="true" /> {thread.voteCount}{" "}
            {thread.voteCount === 1 ? "vote" : "votes"}
          </span>
          · proposed by {thread.author.name}
        </p>
        {thread.bodyHtml && <RichText html={thread.bodyHtml} className="mt-3" />}
      </header>
      <FocusThread thread={thread} />
    </div>
  );
}
