import type { Metadata } from "next";
import Link from "next/link";
import { BroadcastBannerForm, ClearBannerForm } from "@/components/admin/banner-forms";
import { Card, PageHeader } from "@/components/ui/card";
import { currentActor } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { findActiveBanner } from "@/lib/banners/find-active-banner";
import { roleRefusal } from "@/lib/http";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminPage() {
  const actor = await currentActor();
  // Not an admin: a 403 that says what the page is for (the actions check again in lib/).
  if (!actor || !can(actor, "admin.access")) roleRefusal();
  const banner = await findActiveBanner(actor, {});
  return (
    <>
      <PageHeader
        title="Admin"
        description="Keep Hearth warm and orderly: announcements now; people, values, moderation and analytics next."
      />
      <nav aria-label="Admin tools" className="mb-6 flex flex-wrap gap-2">
        {[
          { href: "/admin/people", label: "People" },
          { href: "/admin/moderation", label: "Moderation queue" },
          { href: "/admin/audit", label: "Audit log" },
          { href: "/admin/communities", label: "Cold communities" },
          { href: "/admin/jobs", label: "Background jobs" },
          { href: "/admin/outbox", label: "E-mail outbox" },
          { href: "/admin/privacy", label: "Privacy and retention" },
        ].map((tool) => (
          <Link
            key={tool.href}
            href={tool.href}
            className="rounded-lg bg-white px-3 py-2 text-sm font-medium text-stone-800 shadow-sm ring-1 ring-stone-200 hover:bg-stone-50"
          >
            {tool.label}
          </Link>
        ))}
      </nav>
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <Card>
          <h2 className="font-semibold">Broadcast a banner</h2>
          <p className="mt-1 mb-4 text-sm text-stone-600">
            A short company-wide message, delivered live: on the home page until each person dismisses it; a warning on
            every page.
          </p>
          <BroadcastBannerForm />
        </Card>
        <Card>
          <h2 className="font-semibold">Showing now</h2>
          {banner ? (
            <div className="mt-3 space-y-3">
              <p className="rounded-lg bg-stone-50 p-3 text-sm text-stone-800 ring-1 ring-stone-200">
                {banner.message}
              </p>
              <p className="text-xs text-stone-500">By {banner.author.name}</p>
              <ClearBannerForm bannerId={banner.id} />
            </div>
          ) : (
            <p className="mt-3 text-sm text-stone-500">No banner is showing.</p>
          )}
        </Card>
      </div>
      <div className="mt-6 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
        <Card>
          <h2 className="font-semibold">Company values</h2>
          <p className="mt-1 text-sm text-stone-600">
            The values people tag in moments of pride: add, edit, reorder, archive.
          </p>
          <Link href="/admin/values" className="mt-3 inline-block text-sm font-medium text-ember-800 hover:underline">
            Manage company values
          </Link>
        </Card>
      </div>
    </>
  );
}
