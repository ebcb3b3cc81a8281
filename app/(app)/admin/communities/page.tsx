import { Snowflake } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { RelativeTime } from "@/components/ui/relative-time";
import { currentActor } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { listColdCommunities } from "@/lib/health/list-cold-communities";
import { roleRefusal } from "@/lib/http";

export const metadata: Metadata = { title: "Cold communities · Admin" };

/** Every community going cold, in one list, with its owners and a way into its health. Admins only. */
export default async function ColdCommunitiesPage() {
  const actor = await currentActor();
  if (!actor || !can(actor, "communities.health")) roleRefusal();
  const communities = await listColdCommunities(actor, {});
  return (
    <>
      <PageHeader
        title="Communities going cold"
        description="Activity fell two weeks running and nobody who tends the place spoke up. Their owners were nudged once; a word from you helps too."
      />
      {communities.length === 0 ? (
        <EmptyState icon={<Snowflake className="size-8" aria-hidden="true" />} title="Every community is warm">
          The hourly health check lists communities here when they start to go quiet.
        </EmptyState>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2" aria-label="Cold communities">
          {communities.map((community) => (
            <li
              key={community.id}
              className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200"
              data-testid="cold-community"
            >
              <div className="flex items-start justify-between gap-3">
                <h2 className="font-semibold text-stone-900">
                  <Link href={`/communities/${community.slug}`} className="hover:underline">
                    {community.name}
                  </Link>
                </h2>
                <span className="inline-flex shrink-0 items-center gap-1 rounded-full bg-sky-50 px-2 py-0.5 text-xs font-medium text-sky-900">
                  <Snowflake className="size-3" aria-hidden="true" /> cold <RelativeTime iso={community.coldSince} />
                </span>
              </div>
              <p className="mt-2 text-sm text-stone-700">
                {community.memberCount} members · owned by{" "}
                {community.owners.length === 0
                  ? "nobody"
                  : community.owners.map((owner, index) => (
                      <span key={owner.handle}>
                        {index > 0 && ", "}
                        <Link href={`/people/${owner.handle}`} className="font-medium hover:underline">
                          {owner.name}
                        </Link>
                      </span>
                    ))}
              </p>
              <Link
                href={`/communities/${community.slug}/health`}
                className="mt-3 inline-block text-sm font-medium text-ember-800 hover:underline"
              >
                See its health
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
