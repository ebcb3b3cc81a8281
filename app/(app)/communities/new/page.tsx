import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { createCommunityAction } from "@/app/(app)/communities/actions";
import { CommunityForm } from "@/components/communities/community-form";
import { PageHeader } from "@/components/ui/card";

export const metadata: Metadata = { title: "Create a community" };

// Every employee may create one; createCommunity checks "communities.create" again on the server.
export default function NewCommunityPage() {
  return (
    <div className="mx-auto max-w-2xl">
      <Link
        href="/communities"
        className="mb-4 inline-flex items-center gap-1.5 text-sm font-medium text-stone-600 hover:text-stone-900"
      >
        <ArrowLeft className="size-4" aria-hidden="true" /> Communities
      </Link>
      <PageHeader
        title="Create a community"
        description="You will be its owner: you can invite people, make moderators and change the settings later."
      />
      <CommunityForm action={createCommunityAction} submitLabel="Create community" withCover />
    </div>
  );
}
