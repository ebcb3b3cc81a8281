import type { Metadata } from "next";
import { Feed } from "@/components/feed/feed";
import { NowLive } from "@/components/home/now-live";
import { NowPanel } from "@/components/home/now-panel";
import { PinnedAnnouncements } from "@/components/home/pinned-announcements";
import { renderNowAction } from "@/app/(app)/(home)/actions";
import { currentActor } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { findNow } from "@/lib/home/find-now";
import { findFeed } from "@/lib/posts/find-feed";
import { findPinnedAnnouncements } from "@/lib/posts/find-pinned-announcements";

export const metadata: Metadata = { title: "Home" };

/**
 * Home: the pinned announcements on one line, the composer, then the feed; the "Now" column beside it from 1024 px
 * (absolutely placed in the right gutter, so that it is one element in one place), a swipeable strip under the
 * composer on a phone.
 */
export default async function HomePage({ searchParams }: { searchParams: Promise<{ tab?: string }> }) {
  const actor = await currentActor();
  const tab = (await searchParams).tab === "top" ? "top" : "latest";
  const [page, pinned, now] = await Promise.all([
    findFeed(actor, { tab }),
    findPinnedAnnouncements(actor, {}),
    findNow(actor, {}),
  ]);
  return (
    <div className="relative mx-auto max-w-2xl lg:max-w-none lg:min-h-[44rem] lg:pr-80">
      <h1 className="sr-only">Home feed</h1>
      {/* The must-read flag comes with must-read announcements; until then none is. */}
      <PinnedAnnouncements items={pinned} />
      <Feed
        key={tab}
        tab={tab}
        initial={page}
        me={{ id: actor!.id, name: actor!.name }}
        canAnnounce={can(actor!, "posts.announce")}
        aside={
          <div className="lg:absolute lg:inset-y-0 lg:right-0 lg:my-0 lg:w-72">
            <div className="lg:sticky lg:top-20">
              <NowLive initial={<NowPanel now={now} />} render={renderNowAction} />
            </div>
          </div>
        }
      />
    </div>
  );
}
