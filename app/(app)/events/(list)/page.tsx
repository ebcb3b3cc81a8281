import { CalendarHeart, Plus } from "lucide-react";
import type { Metadata } from "next";
import { ShowCard } from "@/components/live-shows/show-card";
import { ShowsRefresh } from "@/components/live-shows/shows-refresh";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { currentActor } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { listShows } from "@/lib/live-shows/list-shows";
import type { ShowView } from "@/lib/live-shows/show-view";

export const metadata: Metadata = { title: "Live shows" };

function Section({ id, title, shows }: { id: string; title: string; shows: ShowView[] }) {
  if (shows.length === 0) return null;
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-lg font-semibold text-stone-900">
        {title}
      </h2>
      <div className="grid gap-3 lg:grid-cols-2">
        {shows.map((show) => (
          <ShowCard key={show.id} show={show} />
        ))}
      </div>
    </section>
  );
}

export default async function LiveShowsPage() {
  const actor = (await currentActor())!;
  const { live, upcoming, past } = await listShows(actor, {});
  const canSchedule = can(actor, "liveShows.schedule");
  const ids = [...live, ...upcoming, ...past].map((show) => show.id);
  return (
    <>
      <ShowsRefresh />
      <PageHeader
        title="Live shows"
        description="Internal talk shows hosted by our leaders. RSVP, send questions ahead, and join the live comments; hosts thank people on air."
        actions={
          canSchedule && (
            <ButtonLink href="/events/new">
              <Plus className="size-4" aria-hidden="true" /> Schedule a show
            </ButtonLink>
          )
        }
      />
      {ids.length === 0 ? (
        <EmptyState icon={<CalendarHeart className="size-8" aria-hidden="true" />} title="No live shows yet">
          {canSchedule
            ? "Schedule the first one: a fireside chat, a team demo, a thank-you round."
            : "When a leader schedules a show it appears here, and you can RSVP and send questions ahead."}
        </EmptyState>
      ) : (
        <div className="space-y-8">
          <Section id="live-now" title="Live now" shows={live} />
          <Section id="upcoming" title="Coming up" shows={upcoming} />
          <Section id="past" title="Past shows" shows={past} />
        </div>
      )}
    </>
  );
}
