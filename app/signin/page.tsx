import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/signin-form";
import { HearthMark } from "@/components/shell/hearth-mark";
import { currentActor } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  if (await currentActor()) redirect("/");
  const { callbackUrl } = await searchParams;
  return (
    <main className="flex min-h-dvh items-center justify-center bg-gradient-to-br from-ember-50 via-stone-100 to-amber-50 px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-8 flex flex-col items-center text-center">
          <HearthMark className="size-12" />
          <h1 className="mt-4 text-2xl font-semibold tracking-tight">Sign in to Hearth</h1>
          <p className="mt-1 text-sm text-stone-600">Northwind Housewares&apos; home online</p>
        </div>
        <div className="rounded-2xl bg-white p-6 shadow-sm ring-1 ring-stone-200 sm:p-8">
          <SignInForm callbackUrl={callbackUrl ?? "/"} />
        </div>
      </div>
    </main>
  );
}
