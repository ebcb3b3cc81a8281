"use client";

import clsx from "clsx";
import { useNow } from "@/components/ui/use-now";
import { formatDate, formatRelative } from "@/lib/format/dates";
import type { ChallengePhase } from "@/lib/challenges/challenge-phase";

const PHASES: Record<ChallengePhase, { label: string; className: string }> = {
  upcoming: { label: "Upcoming", className: "bg-sky-100 text-sky-900" },
  entries: { label: "Entries open", className: "bg-emerald-100 text-emerald-900" },
  voting: { label: "Voting open", className: "bg-amber-100 text-amber-900" },
  closed: { label: "Closed", className: "bg-stone-200 text-stone-800" },
};

type Windows = {
  phase: ChallengePhase;
  submissionStartsAt: string;
  submissionEndsAt: string;
  votingStartsAt: string;
  votingEndsAt: string;
};

/**
 * The phase and the next deadline ("Voting open · closes in 2 days"). The server renders dates; the
 * browser switches to relative times.
 */
export function ChallengeWhen({ challenge, className }: { challenge: Windows; className?: string }) {
  const now = useNow();
  const at = (iso: string) => formatDate(iso, "weekdayTime");
  const relative = (iso: string) => (now === 0 ? at(iso) : formatRelative(iso, now));
  const phase = PHASES[challenge.phase];
  const next =
    challenge.phase === "upcoming"
      ? `entries open ${relative(challenge.submissionStartsAt)}`
      : challenge.phase === "entries"
        ? `entries close ${relative(challenge.submissionEndsAt)}`
        : challenge.phase === "voting"
          ? `voting closes ${relative(challenge.votingEndsAt)}`
          : `closed ${at(challenge.votingEndsAt)}`;
  return (
    <span className={clsx("flex flex-wrap items-center gap-1.5 text-xs", className)}>
      <span className={clsx("inline-flex items-center rounded-full px-2 py-0.5 font-medium", phase.className)}>
        {phase.label}
      </span>
      <span className="text-stone-600">{next}</span>
    </span>
  );
}

/** The four moments, for the challenge page. */
export function ChallengeSchedule({ challenge }: { challenge: Windows }) {
  const at = (iso: string) => formatDate(iso, "weekdayTime");
  const rows = [
    ["Entries", challenge.submissionStartsAt, challenge.submissionEndsAt],
    ["Voting", challenge.votingStartsAt, challenge.votingEndsAt],
  ] as const;
  return (
    <dl className="grid gap-2 text-sm sm:grid-cols-2">
      {rows.map(([label, from, to]) => (
        <div key={label} className="rounded-lg bg-stone-50 px-3 py-2 ring-1 ring-stone-200">
          <dt className="text-xs font-semibold uppercase tracking-wide text-stone-600">{label}</dt>
          <dd className="text-stone-800">
            {at(from)} – {at(to)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
