import type { Metadata } from "next";
import { EraseAccountForm, PrivacySettingsForm } from "@/components/admin/privacy-forms";
import { Card, PageHeader } from "@/components/ui/card";
import { currentActor } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { findPrivacySettings } from "@/lib/privacy/privacy-settings";
import { roleRefusal } from "@/lib/http";

export const metadata: Metadata = { title: "Privacy and retention" };

export default async function AdminPrivacyPage() {
  const actor = await currentActor();
  if (!actor || !can(actor, "privacy.manage")) roleRefusal();
  const settings = await findPrivacySettings(actor, {});
  return (
    <>
      <PageHeader
        title="Privacy and retention"
        description="What erasure does with content, how long removed content and audit entries are kept, and erasing an account on request."
      />
      <div className="space-y-6">
        <Card>
          <h2 className="mb-4 font-semibold">Erasure and retention</h2>
          <PrivacySettingsForm settings={settings} />
        </Card>
        <Card>
          <h2 className="font-semibold text-red-800">Erase an account on request</h2>
          <p className="mt-1 mb-4 text-sm text-stone-600">
            For a person who asked to be forgotten. Their profile and everything that names them go; the audit log
            records that an erasure happened, not whose. This cannot be undone.
          </p>
          <EraseAccountForm />
        </Card>
      </div>
    </>
  );
}
