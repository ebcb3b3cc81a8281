import { Mail } from "lucide-react";
import type { Metadata } from "next";
import { OutboxView } from "@/components/admin/outbox-view";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { currentActor } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { env } from "@/lib/env";
import { listOutbox } from "@/lib/mail/list-outbox";
import { roleRefusal } from "@/lib/http";

export const metadata: Metadata = { title: "E-mail outbox · Admin" };

type Props = { searchParams: Promise<{ mail?: string; page?: string }> };

export default async function OutboxPage({ searchParams }: Props) {
  const actor = await currentActor();
  if (!actor || !can(actor, "mail.outbox")) roleRefusal();
  const params = await searchParams;
  const page = Math.max(1, Number.parseInt(params.page ?? "1", 10) || 1);
  const outbox = await listOutbox(actor, { mailId: params.mail, page });
  const smtp = Boolean(env().SMTP_URL);
  return (
    <>
      <PageHeader
        title="E-mail outbox"
        description={
          smtp
            ? "Every e-mail Hearth sends: activity summaries and notifications for people who were away."
            : "No SMTP server is configured (SMTP_URL), so Hearth keeps every e-mail here instead of sending it: exactly what would be sent."
        }
      />
      {outbox.mails.length === 0 ? (
        <EmptyState icon={<Mail className="size-8" aria-hidden="true" />} title="No e-mail yet">
          Activity summaries go to people who have not visited in their chosen period; notification e-mails to people
          who did not see a mention, an answer or an action item in Hearth.
        </EmptyState>
      ) : (
        <OutboxView outbox={outbox} page={page} />
      )}
    </>
  );
}
