import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { AppShell } from "@/components/shell/app-shell";
import { currentActor } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { findActiveBanner } from "@/lib/banners/find-active-banner";
import { canOpenInsights } from "@/lib/insights/can-open-insights";
import { recordActivityDay } from "@/lib/insights/record-activity-day";
import { moderatesAnyCommunity } from "@/lib/moderation/moderates-any-community";
import { countUnreadNotifications } from "@/lib/notifications/count-unread";

// Sends signed-out visitors to sign-in. This is navigation, not protection: every read below goes
// through a lib/ function that checks the actor again.
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await currentActor();
  if (!actor) {
    const path = (await headers()).get("x-hearth-path") ?? "/";
    redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  }
  const [banner, unread, moderates, insights] = await Promise.all([
    findActiveBanner(actor, {}),
    countUnreadNotifications(actor, {}),
    moderatesAnyCommunity(actor, {}),
    canOpenInsights(actor),
    recordActivityDay(actor.id), // the visit record behind "active" on /insights
  ]);
  return (
    <AppShell
      user={{
        name: actor.name,
        handle: actor.handle,
        title: actor.title,
        isAdmin: can(actor, "admin.access"),
        moderates,
        insights,
      }}
      banner={banner}
      unreadCount={unread.count}
    >
      {children}
    </AppShell>
  );
}
