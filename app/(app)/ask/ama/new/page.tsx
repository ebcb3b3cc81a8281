import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { AmaForm } from "@/components/questions/ama-form";
import { PageHeader } from "@/components/ui/card";
import { currentActor } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { roleRefusal } from "@/lib/http";

export const metadata: Metadata = { title: "Host an AMA" };

// Navigation only: createAmaSession checks "ama.host" again on the server.
export default async function NewAmaPage() {
  const actor = await currentActor();
  if (!actor || !can(actor, "ama.host")) roleRefusal();
  return (
    <div className="mx-auto max-w-2xl">
      <Link
        href="/ask"
        className="mb-4 inline-flex items-center gap-1.5 text-sm font-medium text-stone-600 hover:text-stone-900"
      >
        <ArrowLeft className="size-4" aria-hidden="true" /> Ask leadership
      </Link>
      <PageHeader
        title="Host an AMA"
        description="An “ask me anything” with a start and an end. Colleagues ask (named or anonymously) and upvote while it runs; you answer in the open."
      />
      <AmaForm />
    </div>
  );
}
