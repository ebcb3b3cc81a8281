import Link from "next/link";
import { RealtimeProvider, RealtimeStatus, SessionWatch } from "@/components/realtime/realtime-provider";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { QuickSwitcherTrigger } from "@/components/search/quick-switcher-trigger";
import { HearthMark } from "@/components/shell/hearth-mark";
import { LiveBanner } from "@/components/shell/live-banner";
import { MobileNav } from "@/components/shell/mobile-nav";
import { NavLinks } from "@/components/shell/nav-links";
import { UserMenu } from "@/components/shell/user-menu";
import type { ActiveBanner } from "@/lib/banners/find-active-banner";

type ShellUser = {
  name: string;
  handle: string;
  title: string;
  isAdmin: boolean;
  moderates: boolean;
  insights?: boolean;
};

export function AppShell({
  user,
  banner,
  unreadCount,
  children,
}: {
  user: ShellUser;
  banner: ActiveBanner;
  unreadCount: number;
  children: React.ReactNode;
}) {
  return (
    <RealtimeProvider>
      <SessionWatch />
      <a
        href="#main"
        className="sr-only z-50 rounded-lg bg-white px-4 py-2 focus:not-sr-only focus:fixed focus:left-4 focus:top-4"
      >
        Skip to content
      </a>
      <div className="lg:grid lg:min-h-dvh lg:grid-cols-[16rem_1fr]">
        <aside className="hidden border-r border-stone-200 bg-stone-50 lg:block">
          <div className="sticky top-0 flex h-dvh flex-col px-3 py-4">
            <Link href="/" className="mb-6 flex items-center gap-2 px-3 text-lg font-semibold tracking-tight">
              <HearthMark className="size-8" /> Hearth
            </Link>
            <nav aria-label="Main" className="flex-1 overflow-y-auto">
              <NavLinks isAdmin={user.isAdmin} moderates={user.moderates} insights={user.insights} />
            </nav>
            <p className="px-3 text-xs text-stone-500">Northwind Housewares</p>
          </div>
        </aside>
        <div className="flex min-w-0 flex-col">
          <header className="sticky top-0 z-20 flex h-14 items-center gap-2 border-b border-stone-200 bg-stone-50/90 px-3 backdrop-blur sm:px-6">
            <MobileNav isAdmin={user.isAdmin} moderates={user.moderates} insights={user.insights} />
            <Link href="/" className="flex items-center gap-2 font-semibold lg:hidden">
              <HearthMark className="size-7" /> Hearth
            </Link>
            <div className="ml-auto flex items-center gap-1 sm:gap-2">
              <QuickSwitcherTrigger
                abilities={{ isAdmin: user.isAdmin, moderates: user.moderates, insights: Boolean(user.insights) }}
              />
              <RealtimeStatus />
              <NotificationBell initialCount={unreadCount} />
              <UserMenu name={user.name} handle={user.handle} title={user.title} />
            </div>
          </header>
          <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 sm:px-6 lg:py-8">
            <LiveBanner initial={banner} />
            {children}
          </main>
        </div>
      </div>
    </RealtimeProvider>
  );
}
