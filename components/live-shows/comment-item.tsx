"use client";

import clsx from "clsx";
import { HeartHandshake, Star } from "lucide-react";
import { RichText } from "@/components/content/rich-text";
import { Avatar } from "@/components/ui/avatar";
import type { LiveCommentView } from "@/lib/live-shows/comment-view";
import { formatDate } from "@/lib/format/dates";

/** "+12:04": how far into the show a comment was made (the replay's clock). */
export function offsetLabel(createdAt: string, startedAt: string): string {
  const seconds = Math.max(0, Math.floor((Date.parse(createdAt) - Date.parse(startedAt)) / 1000));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const pad = (value: number) => String(value).padStart(2, "0");
  return hours > 0 ? `+${hours}:${pad(minutes)}:${pad(seconds % 60)}` : `+${pad(minutes)}:${pad(seconds % 60)}`;
}

/**
 * One line of the live chat or the replay log. Highlighted comments stand out for everyone; a thank-you
 * from the host shows as "Thanked by <host>". `tools` holds the host's buttons.
 */
export function CommentItem({
  comment,
  startedAt,
  tools,
}: {
  comment: LiveCommentView;
  startedAt: string | null;
  tools?: React.ReactNode;
}) {
  return (
    <li
      data-testid="live-comment"
      data-comment-id={comment.id}
      data-highlighted={comment.highlighted || undefined}
      className={clsx(
        "flex gap-2.5 rounded-xl px-2.5 py-2",
        comment.highlighted ? "bg-amber-50 ring-2 ring-amber-400" : "hover:bg-stone-50",
      )}
    >
      <Avatar name={comment.author.name} src={comment.author.avatarUrl} size="sm" />
      <div className="min-w-0 flex-1">
        <p className="flex flex-wrap items-baseline gap-x-2 text-xs">
          <span className="font-semibold text-stone-900">{comment.author.name}</span>
          <time
            dateTime={comment.createdAt}
            className="tabular-nums text-stone-500"
            title={formatDate(comment.createdAt, "timeWithSeconds")}
          >
            {startedAt ? offsetLabel(comment.createdAt, startedAt) : formatDate(comment.createdAt, "time")}
          </time>
          {comment.highlighted && (
            <span className="inline-flex items-center gap-0.5 font-semibold text-amber-800">
              <Star className="size-3 fill-current" aria-hidden="true" /> Highlighted
            </span>
          )}
        </p>
        <RichText html={comment.bodyHtml} className="text-sm" />
        {comment.thankedBy.map((thanker) => (
          <p
            key={thanker.id}
            data-testid="thanked-badge"
            className="mt-1 inline-flex items-center gap-1 rounded-full bg-rose-50 px-2 py-0.5 text-xs font-semibold text-rose-800 ring-1 ring-rose-200"
          >
            <HeartHandshake className="size-3.5" aria-hidden="true" /> Thanked by {thanker.name}
          </p>
        ))}
        {tools}
      </div>
    </li>
  );
}
