import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ShowForm } from "@/components/live-shows/show-form";
import { PageHeader } from "@/components/ui/card";
import { currentActor } from "@/lib/auth/current-user";
import { pageRefusal } from "@/lib/http";
import { findShow } from "@/lib/live-shows/find-show";
import { listShowHosts } from "@/lib/live-shows/list-show-hosts";

export const metadata: Metadata = { title: "Edit live show" };

type Props = { params: Promise<{ slug: string }> };

// Navigation only: updateShow checks again on the server who may edit.
export default async function EditShowPage({ params }: Props) {
  const { slug } = await params;
  const actor = await currentActor();
  const show = await findShow(actor, { slug }).catch((error: unknown) => pageRefusal(error, `/events/${slug}/edit`));
  if (!actor || !show.canManage || (show.status !== "SCHEDULED" && show.status !== "LIVE")) notFound();
  const hosts = await listShowHosts(actor, {});
  return (
    <div className="mx-auto max-w-2xl">
      <Link
        href={`/events/${show.slug}`}
        className="mb-4 inline-flex items-center gap-1.5 text-sm font-medium text-stone-600 hover:text-stone-900"
      >
        <ArrowLeft className="size-4" aria-hidden="true" /> {show.title}
      </Link>
      <PageHeader title="Edit the show" />
      <ShowForm
        hosts={hosts}
        meId={actor.id}
        initial={{
          showId: show.id,
          title: show.title,
          hostId: show.hostId,
          startsAt: show.startsAt,
          durationMin: show.durationMin,
          description: show.description,
          streamUrl: show.streamUrl,
          isLive: show.status === "LIVE",
        }}
      />
    </div>
  );
}
