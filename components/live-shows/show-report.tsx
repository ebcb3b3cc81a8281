import { HeartHandshake } from "lucide-react";
import Link from "next/link";
import { Avatar } from "@/components/ui/avatar";
import type { ShowAttendance, ThankedPerson } from "@/lib/live-shows/find-show-report";

/** Everyone the host thanked during the show. */
export function ThankedList({ thanked, hostName }: { thanked: ThankedPerson[]; hostName: string }) {
  return (
    <section aria-labelledby="thanked" className="rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200 sm:p-5">
      <h2 id="thanked" className="flex items-center gap-2 text-base font-semibold text-stone-900">
        <HeartHandshake className="size-5 text-rose-700" aria-hidden="true" /> Thanked by {hostName}
      </h2>
      {thanked.length === 0 ? (
        <p className="mt-2 text-sm text-stone-600">Nobody was thanked on air this time.</p>
      ) : (
        <ul data-testid="thanked-list" className="mt-3 space-y-2">
          {thanked.map(({ person, comments }) => (
            <li key={person.id} className="flex items-center gap-2.5">
              <Avatar name={person.name} src={person.avatarUrl} size="sm" />
              <div className="min-w-0">
                <Link
                  href={`/people/${person.handle}`}
                  className="text-sm font-semibold text-stone-900 hover:underline"
                >
                  {person.name}
                </Link>
                <p className="text-xs text-stone-600">
                  {person.title ? `${person.title} · ` : ""}
                  {comments} thanked {comments === 1 ? "comment" : "comments"}
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The host's figures: how many watched, at most at once, how many spoke up, and how RSVPs turned out. */
export function AttendanceCard({ attendance }: { attendance: ShowAttendance }) {
  const figures = [
    { label: "Unique viewers", value: attendance.uniqueViewers },
    { label: "Peak at once", value: attendance.peakViewers },
    {
      label: "Comments",
      value: attendance.comments,
      note: `from ${attendance.commenters} ${attendance.commenters === 1 ? "person" : "people"}`,
    },
    { label: "RSVPs who came", value: `${attendance.rsvpsAttended} / ${attendance.rsvps}` },
    { label: "Reactions", value: attendance.reactions },
  ];
  return (
    <section
      aria-labelledby="attendance"
      data-testid="attendance"
      className="rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200 sm:p-5"
    >
      <h2 id="attendance" className="text-base font-semibold text-stone-900">
        Attendance
      </h2>
      <p className="mt-0.5 text-xs text-stone-600">
        Only you, whoever scheduled the show and admins see these figures.
      </p>
      <dl className="mt-3 grid grid-cols-2 gap-3">
        {figures.map((figure) => (
          <div key={figure.label} className="rounded-xl bg-stone-50 px-3 py-2 ring-1 ring-stone-200">
            <dt className="text-xs text-stone-600">{figure.label}</dt>
            <dd className="text-xl font-semibold tabular-nums text-stone-900">{figure.value}</dd>
            {figure.note && <dd className="text-xs text-stone-600">{figure.note}</dd>}
          </div>
        ))}
      </dl>
    </section>
  );
}
