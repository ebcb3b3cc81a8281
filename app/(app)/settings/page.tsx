import type { Metadata } from "next";
import { SignOutEverywhereForm } from "@/components/auth/sign-out-everywhere-form";
import { NotificationPreferences } from "@/components/settings/notification-preferences";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { currentActor } from "@/lib/auth/current-user";
import { findNotificationSettings } from "@/lib/notifications/notification-settings";
import { YourData } from "@/components/settings/your-data";
import { listExports } from "@/lib/privacy/list-exports";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const actor = await currentActor();
  const notificationSettings = await findNotificationSettings(actor, {});
  const exports = await listExports(actor, {});
  return (
    <>
      <PageHeader title="Settings" description="Your profile, how Hearth reaches you, and your sessions." />
      <div className="space-y-6">
        <Card>
          <h2 className="font-semibold">Profile</h2>
          <p className="mt-1 text-sm text-stone-600">Your name, title, bio and interests as colleagues see them.</p>
          <ButtonLink href={`/people/${actor?.handle}/edit`} variant="secondary" className="mt-4">
            Edit your profile
          </ButtonLink>
        </Card>
        <Card id="notifications" aria-labelledby="notifications-heading">
          <h2 id="notifications-heading" className="font-semibold">
            Notifications and e-mail
          </h2>
          <p className="mt-1 mb-4 text-sm text-stone-600">
            Choose what reaches you, in Hearth and by e-mail, and when Hearth stays quiet.
          </p>
          <NotificationPreferences settings={notificationSettings} />
        </Card>
        <Card>
          <h2 className="font-semibold">Sessions</h2>
          <p className="mt-1 mb-4 text-sm text-stone-600">
            Lost a phone or used a shared computer? End every session of yours, this one included.
          </p>
          <SignOutEverywhereForm />
        </Card>
        <YourData exports={exports} handle={actor?.handle ?? ""} />
      </div>
    </>
  );
}
