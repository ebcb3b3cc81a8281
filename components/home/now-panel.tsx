import clsx from "clsx";
import { Award, ListChecks, MessagesSquare, Radio, Trophy, Users } from "lucide-react";
import Link from "next/link";
import { formatDate } from "@/lib/format/dates";
import type { NowView } from "@/lib/home/now-view";

/**
 * The "Now" column: what is happening in the four pillars this week, each part linking to its area. Rendered on the
 * server (no client JavaScript of its own); components/home/now-live.tsx swaps in a fresh render on the events that
 * change it. A column at ≥ 1024 px, a horizontally scrolling strip on a phone (focusable, so the arrow keys scroll it).
 */
export function NowPanel({ now }: { now: NowView }) {
  return (
    <section aria-labelledby="now-heading" data-testid="now-panel">
      <h2 id="now-heading" className="mb-2 text-xs font-semibold tracking-wide text-stone-600 uppercase">
        Now at Northwind
      </h2>
      <ul
        tabIndex={0}
        aria-label="What is happening now"
        className="-mx-4 flex snap-x snap-mandatory scroll-px-4 gap-3 overflow-x-auto px-4 pb-2 focus-visible:outline-2 focus-visible:outline-ember-600 sm:mx-0 sm:px-0 lg:flex-col lg:overflow-visible lg:pb-0"
      >
        <ShowPart show={now.show} />
        <AnswersPart answers={now.answers} />
        <ActionsPart actions={now.actions} />
        <ChallengePart challenge={now.challenge} />
        <PridePart pride={now.pride} />
        <SuggestionPart suggestion={now.suggestion} />
      </ul>
    </section>
  );
}

function Part({
  testId,
  icon,
  label,
  more,
  tone = "plain",
  children,
}: {
  testId: string;
  icon: React.ReactNode;
  label: string;
  more: { href: string; label: string };
  tone?: "plain" | "live";
  children: React.ReactNode;
}) {
  return (
    <li
      data-testid={testId}
      className={clsx(
        "flex w-64 shrink-0 snap-start flex-col rounded-xl bg-white p-3 text-sm shadow-sm ring-1 lg:w-auto",
        tone === "live" ? "ring-red-300" : "ring-stone-200",
      )}
    >
      <p className="flex items-center gap-1.5 text-xs font-semibold text-stone-700">
        {icon}
        {label}
      </p>
      <div className="mt-1.5 flex-1 space-y-1 text-stone-800">{children}</div>
      <Link
        href={more.href}
        className="mt-2 self-start text-xs font-medium text-ember-800 underline-offset-2 hover:underline"
      >
        {more.label} <span aria-hidden="true">→</span>
      </Link>
    </li>
  );
}

const iconClass = "size-4 text-ember-700";
const titleLink = "line-clamp-2 font-medium text-stone-900 hover:underline";

function ShowPart({ show }: { show: NowView["show"] }) {
  const live = show?.status === "LIVE";
  return (
    <Part
      testId="now-show"
      tone={live ? "live" : "plain"}
      icon={<Radio className={live ? "size-4 text-red-600" : iconClass} aria-hidden="true" />}
      label={live ? "Live now" : "Next live show"}
      more={
        show
          ? { href: `/events/${show.slug}`, label: live ? "Join the show" : "See the show" }
          : { href: "/events", label: "Live shows" }
      }
    >
      {show ? (
        <>
          <Link href={`/events/${show.slug}`} className={titleLink}>
            {show.title}
          </Link>
          <p className="text-xs text-stone-600">
            {show.host.name} ·{" "}
            {live ? (
              <>live since {formatDate(show.startedAt ?? show.startsAt, "time")}</>
            ) : (
              <time dateTime={show.startsAt}>{formatDate(show.startsAt, "weekdayTime")}</time>
            )}
          </p>
        </>
      ) : (
        <p className="text-stone-600">No show is scheduled. Past shows keep their replays.</p>
      )}
    </Part>
  );
}

function AnswersPart({ answers }: { answers: NowView["answers"] }) {
  const { countThisWeek, latest, upvoted } = answers;
  return (
    <Part
      testId="now-answers"
      icon={<MessagesSquare className={iconClass} aria-hidden="true" />}
      label="Leadership answers"
      more={{ href: "/ask", label: "Ask leadership" }}
    >
      <p className="text-xs text-stone-600" data-testid="now-answer-count">
        {countThisWeek === 0
          ? "No answers yet this week."
          : `${countThisWeek} ${countThisWeek === 1 ? "question" : "questions"} answered this week`}
      </p>
      {latest.map((question, index) => (
        <Link
          key={question.id}
          href={`/ask/${question.id}`}
          // One on a phone, where the strip's cards share the tallest one's height.
          className={clsx(titleLink, "block", index > 0 && "max-lg:hidden")}
        >
          {question.title}
        </Link>
      ))}
      {upvoted && (
        <p className="border-t border-stone-100 pt-1 text-xs text-stone-600" data-testid="now-upvoted">
          You upvoted{" "}
          <Link href={`/ask/${upvoted.id}`} className="font-medium text-stone-900 hover:underline">
            {upvoted.title}
          </Link>
          {upvoted.answeredAt
            ? ` · answered${upvoted.answeredBy ? ` by ${upvoted.answeredBy}` : ""}`
            : ` · waiting, ${upvoted.voteCount} ${upvoted.voteCount === 1 ? "vote" : "votes"}`}
        </p>
      )}
    </Part>
  );
}

function ActionsPart({ actions }: { actions: NowView["actions"] }) {
  return (
    <Part
      testId="now-actions"
      icon={<ListChecks className={iconClass} aria-hidden="true" />}
      label="Your action items"
      more={{ href: "/actions?view=mine", label: actions.openCount > 0 ? "All of yours" : "See the board" }}
    >
      {actions.openCount === 0 ? (
        <p className="text-stone-600">Nothing open for you. The board shows what leaders promised.</p>
      ) : (
        <>
          <p className="text-xs text-stone-600" data-testid="now-action-count">
            {actions.openCount} open
          </p>
          {actions.items.map((item) => (
            <p key={item.id}>
              <Link href={`/actions/${item.id}`} className={clsx(titleLink, "block")}>
                {item.title}
              </Link>
              <span className="text-xs text-stone-600">
                from {item.assignedBy}
                {item.dueDate && <> · due {formatDate(item.dueDate, "dayMonth")}</>}
              </span>
            </p>
          ))}
        </>
      )}
    </Part>
  );
}

function ChallengePart({ challenge }: { challenge: NowView["challenge"] }) {
  return (
    <Part
      testId="now-challenge"
      icon={<Trophy className={iconClass} aria-hidden="true" />}
      label="Challenge"
      more={
        challenge
          ? { href: `/challenges/${challenge.slug}`, label: challenge.phase === "entries" ? "Enter" : "Vote" }
          : { href: "/challenges", label: "Challenges" }
      }
    >
      {challenge ? (
        <>
          <Link href={`/challenges/${challenge.slug}`} className={clsx(titleLink, "block")}>
            {challenge.title}
          </Link>
          <p className="text-xs text-stone-600">
            {challenge.phase === "entries" ? "Entries close" : "Voting ends"} {formatDate(challenge.endsAt, "dayMonth")}{" "}
            · {challenge.entryCount} {challenge.entryCount === 1 ? "entry" : "entries"}
          </p>
        </>
      ) : (
        <p className="text-stone-600">No challenge is running right now.</p>
      )}
    </Part>
  );
}

function PridePart({ pride }: { pride: NowView["pride"] }) {
  const names = pride.authors.map((author) => author.name.split(" ")[0]);
  return (
    <Part
      testId="now-pride"
      icon={<Award className={iconClass} aria-hidden="true" />}
      label="Moments of pride"
      more={{ href: "/pride", label: pride.countThisWeek > 0 ? "Wall of pride" : "Share one" }}
    >
      {pride.countThisWeek === 0 ? (
        <p className="text-stone-600">No moments of pride yet this week. Who made a difference?</p>
      ) : (
        <p>
          <span className="font-medium text-stone-900">{pride.countThisWeek} this week</span>{" "}
          <span className="text-stone-600">· latest from {names.join(", ")}</span>
        </p>
      )}
    </Part>
  );
}

function SuggestionPart({ suggestion }: { suggestion: NowView["suggestion"] }) {
  return (
    <Part
      testId="now-suggestion"
      icon={<Users className={iconClass} aria-hidden="true" />}
      label="A community for you"
      more={
        suggestion
          ? { href: `/communities/${suggestion.slug}`, label: "Have a look" }
          : { href: "/communities/new", label: "Start one" }
      }
    >
      {suggestion ? (
        <>
          <Link href={`/communities/${suggestion.slug}`} className={clsx(titleLink, "block")}>
            {suggestion.name}
          </Link>
          {suggestion.blurb && <p className="line-clamp-2 text-xs text-stone-600">{suggestion.blurb}</p>}
          <p className="text-xs text-stone-600">
            {suggestion.memberCount} {suggestion.memberCount === 1 ? "member" : "members"}
          </p>
        </>
      ) : (
        <p className="text-stone-600">You are in every open community. Something missing?</p>
      )}
    </Part>
  );
}
