import { ArrowLeft, Ban } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { RichText } from "@/components/content/rich-text";
import { HostControls } from "@/components/live-shows/host-controls";
import { LiveChat } from "@/components/live-shows/live-chat";
import { ReplayLog } from "@/components/live-shows/replay-log";
import { RsvpButton } from "@/components/live-shows/rsvp-button";
import { ShowPlayer } from "@/components/live-shows/show-player";
import { ShowQuestions } from "@/components/live-shows/show-questions";
import { AttendanceCard, ThankedList } from "@/components/live-shows/show-report";
import { ShowStatusBadge, ShowWhen } from "@/components/live-shows/show-when";
import { LiveRefresh } from "@/components/ui/live-refresh";
import { Avatar } from "@/components/ui/avatar";
import { currentActor } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { pageRefusal } from "@/lib/http";
import { findShow } from "@/lib/live-shows/find-show";
import { findShowPulse } from "@/lib/live-shows/find-show-pulse";
import { findShowReport } from "@/lib/live-shows/find-show-report";
import { listLiveComments } from "@/lib/live-shows/list-live-comments";
import { listQuestions } from "@/lib/questions/list-questions";

type Props = { params: Promise<{ slug: string }> };

async function load(slug: string) {
  try {
    return await findShow(await currentActor(), { slug });
  } catch (error) {
    pageRefusal(error, `/events/${slug}`);
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Metadata must not throw: the page (and the layout) decide between sign-in and 404.
  try {
    return { title: (await load((await params).slug)).title };
  } catch {
    return {};
  }
}

export default async function ShowPage({ params }: Props) {
  const actor = (await currentActor())!;
  const show = await load((await params).slug);
  const isLive = show.status === "LIVE";
  const isOver = show.status === "ENDED";
  const [questions, comments, pulse, report] = await Promise.all([
    listQuestions(actor, { liveShowId: show.id, sort: "votes", limit: 50 }),
    isLive || isOver ? listLiveComments(actor, { showId: show.id }) : [],
    isLive ? findShowPulse(actor, { showId: show.id }) : null,
    isOver ? findShowReport(actor, { showId: show.id }) : null,
  ]);
  const hostFirstName = show.host.name.split(" ")[0] ?? show.host.name;
  const canAsk = (show.status === "SCHEDULED" || isLive) && actor.id !== show.hostId && can(actor, "questions.ask");
  return (
    // While live on a phone the comment box is fixed at the bottom of the screen: room for it below the page.
    <div className={isLive ? "space-y-4 max-lg:pb-44 lg:space-y-6" : "space-y-6"}>
      <LiveRefresh types={["live.show"]} ids={[show.id]} />
      <Link
        href="/events"
        className={`${isLive ? "max-lg:hidden " : ""}inline-flex items-center gap-1.5 text-sm font-medium text-stone-600 hover:text-stone-900`}
      >
        <ArrowLeft className="size-4" aria-hidden="true" /> Live shows
      </Link>

      <header className="flex flex-wrap items-start justify-between gap-4">
        <div className="flex min-w-0 gap-3">
          <Avatar
            name={show.host.name}
            src={show.host.avatarUrl}
            size={isLive ? "md" : "lg"}
            className={isLive ? "lg:size-16 lg:text-xl" : undefined}
          />
          <div className="min-w-0">
            <ShowStatusBadge status={show.status} />
            <h1
              className={`mt-1 font-semibold tracking-tight text-stone-900 ${isLive ? "text-lg lg:text-2xl" : "text-2xl"}`}
            >
              {show.title}
            </h1>
            <p className="text-sm text-stone-700">
              Hosted by{" "}
              <Link href={`/people/${show.host.handle}`} className="font-medium hover:underline">
                {show.host.name}
              </Link>
              <span className="text-stone-500"> · {show.host.title}</span>
            </p>
            <ShowWhen startsAt={show.startsAt} durationMin={show.durationMin} status={show.status} className="block" />
          </div>
        </div>
        {show.canManage && <HostControls showId={show.id} slug={show.slug} status={show.status} />}
      </header>

      {show.status === "CANCELLED" && (
        <p
          role="status"
          className="flex items-center gap-2 rounded-xl bg-amber-50 px-4 py-3 text-sm text-amber-900 ring-1 ring-amber-200"
        >
          <Ban className="size-4" aria-hidden="true" /> This show was cancelled.
        </p>
      )}

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem] lg:grid-rows-[auto_1fr]">
        <div className="min-w-0 space-y-6 lg:col-start-1 lg:row-start-1">
          {show.status !== "CANCELLED" && (
            <ShowPlayer
              url={show.streamUrl}
              title={show.title}
              status={show.status}
              host={show.host}
              startsAt={show.startsAt}
              startedAt={show.startedAt}
            />
          )}
          {/* Once live, RSVPs are over: no "RSVP · 0 people going" beside the stream. */}
          {show.status === "SCHEDULED" && (
            <RsvpButton showId={show.id} isGoing={show.isGoing} rsvpCount={show.rsvpCount} />
          )}
          {show.descriptionHtml && !isLive && <AboutShow html={show.descriptionHtml} />}
          {report && (
            <div className="grid gap-4 md:grid-cols-2">
              <ThankedList thanked={report.thanked} hostName={show.host.name} />
              {report.attendance && <AttendanceCard attendance={report.attendance} />}
            </div>
          )}
        </div>
        {/* Second in the source so that on a phone the chat follows the stream; beside both columns on a wide screen. */}
        <aside className="min-w-0 lg:sticky lg:top-4 lg:col-start-2 lg:row-span-2 lg:row-start-1 lg:self-start">
          {isLive && pulse && (
            <LiveChat
              showId={show.id}
              startedAt={show.startedAt}
              meId={actor.id}
              canManage={show.canManage}
              canThank={show.canThank}
              initial={{ comments, pulse }}
            />
          )}
          {isOver && (
            <ReplayLog
              comments={comments}
              startedAt={show.startedAt}
              meId={actor.id}
              canManage={show.canManage}
              canThank={show.canThank}
            />
          )}
          {show.status === "SCHEDULED" && (
            <section
              aria-labelledby="how-it-works"
              className="rounded-2xl bg-ember-50 p-4 text-sm text-stone-800 ring-1 ring-ember-200 sm:p-5"
            >
              <h2 id="how-it-works" className="font-semibold text-stone-900">
                How the show works
              </h2>
              <ul className="mt-2 list-disc space-y-1 pl-5">
                <li>RSVP and we remind you 15 minutes before the start.</li>
                <li>Ask questions now and upvote the ones you want answered; anonymous questions stay anonymous.</li>
                <li>When {hostFirstName} goes live, the comments open here beside the stream.</li>
                <li>Afterwards the replay keeps the comment log.</li>
              </ul>
            </section>
          )}
        </aside>
        <div className="min-w-0 space-y-6 lg:col-start-1">
          {/* While live the description steps aside: folded, after the comments on a phone. */}
          {show.descriptionHtml && isLive && <AboutShow html={show.descriptionHtml} folded />}
          <ShowQuestions
            showId={show.id}
            hostName={hostFirstName}
            initial={questions.items}
            canAsk={canAsk}
            isOver={isOver || show.status === "CANCELLED"}
          />
        </div>
      </div>
    </div>
  );
}

function AboutShow({ html, folded = false }: { html: string; folded?: boolean }) {
  const body = <RichText html={html} className="text-sm" />;
  if (folded)
    return (
      <details className="group rounded-2xl bg-white shadow-sm ring-1 ring-stone-200">
        <summary className="cursor-pointer rounded-2xl px-4 py-3 text-sm font-semibold text-stone-900 focus-visible:outline-2 focus-visible:outline-ember-600 sm:px-5">
          About the show
        </summary>
        <div className="border-t border-stone-200 p-4 sm:p-5">{body}</div>
      </details>
    );
  return (
    <section aria-label="About the show" className="rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200 sm:p-5">
      {body}
    </section>
  );
}
