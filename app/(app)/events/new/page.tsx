import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { ShowForm } from "@/components/live-shows/show-form";
import { PageHeader } from "@/components/ui/card";
import { currentActor } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { listShowHosts } from "@/lib/live-shows/list-show-hosts";
import { roleRefusal } from "@/lib/http";

export const metadata: Metadata = { title: "Schedule a live show" };

// Navigation only: scheduleShow checks "liveShows.schedule" again on the server.
export default async function NewShowPage() {
  const actor = await currentActor();
  if (!actor || !can(actor, "liveShows.schedule")) roleRefusal();
  const hosts = await listShowHosts(actor, {});
  return (
    <div className="mx-auto max-w-2xl">
      <Link
        href="/events"
        className="mb-4 inline-flex items-center gap-1.5 text-sm font-medium text-stone-600 hover:text-stone-900"
      >
        <ArrowLeft className="size-4" aria-hidden="true" /> Live shows
      </Link>
      <PageHeader
        title="Schedule a live show"
        description="A live talk with a comment stream beside it. People RSVP, send questions ahead, and you thank them on air."
      />
      <ShowForm hosts={hosts} meId={actor.id} />
    </div>
  );
}
