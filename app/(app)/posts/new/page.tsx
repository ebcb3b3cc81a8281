import type { Metadata } from "next";
import { NewPostComposer } from "@/components/nudges/new-post-composer";
import { PageHeader } from "@/components/ui/card";
import { currentActor } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { findPerson } from "@/lib/people/find-person";
import { NUDGE_TEXT } from "@/lib/nudges/nudge-text";

export const metadata: Metadata = { title: "New post" };

/** A post to the feed, on its own page: where a nudge's "welcome them" opens, pre-filled with the @mention. */
export default async function NewPostPage({ searchParams }: { searchParams: Promise<{ welcome?: string }> }) {
  const actor = (await currentActor())!;
  const { welcome } = await searchParams;
  const person = typeof welcome === "string" ? await findPerson(actor, { handle: welcome }).catch(() => null) : null;
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader
        title={person ? `Welcome ${person.name.split(" ")[0]}` : "New post"}
        description={
          person
            ? `${person.name} joined ${person.department?.name ?? "the team"} this week. A few words from you in the feed go a long way.`
            : "Write to everyone at Northwind."
        }
      />
      <NewPostComposer
        me={{ name: actor.name }}
        canAnnounce={can(actor, "posts.announce")}
        initialBody={person ? NUDGE_TEXT.welcomeBody(person.handle) : ""}
      />
    </div>
  );
}
