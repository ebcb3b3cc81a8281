import { MessageSquareText, Users } from "lucide-react";
import Link from "next/link";
import { ShowStatusBadge, ShowWhen } from "@/components/live-shows/show-when";
import { Avatar } from "@/components/ui/avatar";
import type { ShowView } from "@/lib/live-shows/show-view";

/** A show in the /events list: status, title, host, when, and how many are coming or took part. */
export function ShowCard({ show }: { show: ShowView }) {
  return (
    <article
      aria-labelledby={`show-${show.id}-title`}
      data-testid="show-card"
      className="flex gap-4 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200 sm:p-5"
    >
      <Avatar name={show.host.name} src={show.host.avatarUrl} size="lg" className="hidden sm:inline-flex" />
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-center gap-2">
          <ShowStatusBadge status={show.status} />
          {show.isGoing && show.status === "SCHEDULED" && (
            <span className="text-xs font-medium text-emerald-800">You are going</span>
          )}
        </div>
        <h3 id={`show-${show.id}-title`} className="mt-1.5 text-base font-semibold leading-snug text-stone-900">
          <Link href={`/events/${show.slug}`} className="hover:underline">
            {show.title}
          </Link>
        </h3>
        <p className="mt-0.5 text-sm text-stone-700">
          Hosted by {show.host.name}
          <span className="text-stone-500"> · {show.host.title}</span>
        </p>
        <ShowWhen startsAt={show.startsAt} durationMin={show.durationMin} status={show.status} className="mt-1 block" />
        <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-stone-600">
          <span className="inline-flex items-center gap-1">
            <Users className="size-3.5" aria-hidden="true" /> {show.rsvpCount} going
          </span>
          {show.status === "SCHEDULED" ? (
            <span className="inline-flex items-center gap-1">
              <MessageSquareText className="size-3.5" aria-hidden="true" /> {show.questionCount}{" "}
              {show.questionCount === 1 ? "question" : "questions"}
            </span>
          ) : (
            <span className="inline-flex items-center gap-1">
              <MessageSquareText className="size-3.5" aria-hidden="true" /> {show.commentCount}{" "}
              {show.commentCount === 1 ? "comment" : "comments"}
            </span>
          )}
        </p>
      </div>
    </article>
  );
}
