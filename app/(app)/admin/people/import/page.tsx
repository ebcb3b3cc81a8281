import type { Metadata } from "next";
import Link from "next/link";
import { PeopleImport } from "@/components/admin/people-import";
import { Card, PageHeader } from "@/components/ui/card";
import { currentActor } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { roleRefusal } from "@/lib/http";

export const metadata: Metadata = { title: "Import people — Admin" };

export default async function ImportPeoplePage() {
  const actor = await currentActor();
  if (!actor || !can(actor, "people.manage")) roleRefusal();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin" className="font-medium text-ember-800 hover:underline">
          Admin
        </Link>{" "}
        <span className="text-stone-400">/</span>{" "}
        <Link href="/admin/people" className="font-medium text-ember-800 hover:underline">
          People
        </Link>{" "}
        <span className="text-stone-400">/</span> Import
      </p>
      <PageHeader
        title="Import people from CSV"
        description="For organisations without SCIM. People are matched by email: new ones are added, existing ones updated. Importing the same file again changes nothing."
      />
      <Card>
        <PeopleImport />
      </Card>
    </>
  );
}
