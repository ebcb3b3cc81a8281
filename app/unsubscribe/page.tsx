import type { Metadata } from "next";
import { UnsubscribeForm } from "@/components/settings/unsubscribe-form";
import { HearthMark } from "@/components/shell/hearth-mark";
import { readUnsubscribeToken } from "@/lib/mail/unsubscribe-token";

export const metadata: Metadata = { title: "Unsubscribe" };

/** Where an e-mail's unsubscribe link opens, signed in or not: one button (a link alone never changes anything). */
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const claims = typeof token === "string" ? readUnsubscribeToken(token) : null;
  return (
    <main className="flex min-h-dvh items-center justify-center bg-stone-100 px-4 py-12">
      <div className="w-full max-w-sm rounded-2xl bg-white p-6 text-center shadow-sm ring-1 ring-stone-200 sm:p-8">
        <HearthMark className="mx-auto size-10" />
        <h1 className="mt-4 text-xl font-semibold tracking-tight">
          {claims?.scope === "email" ? "Stop e-mails from Hearth" : "Unsubscribe from the activity summary"}
        </h1>
        {claims && token ? (
          <UnsubscribeForm token={token} />
        ) : (
          <p className="mt-3 text-sm text-stone-600">
            This link is not valid. Sign in and change your e-mails in Settings instead.
          </p>
        )}
      </div>
    </main>
  );
}
