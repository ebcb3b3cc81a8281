import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/signin-form";
import { SsoButton } from "@/components/auth/sso-button";
import { FormMessage } from "@/components/ui/form-message";
import { HearthMark } from "@/components/shell/hearth-mark";
import { currentActor } from "@/lib/auth/current-user";
import { signInOptions } from "@/lib/sso/auth-settings";

export const metadata: Metadata = { title: "Sign in" };

// Auth.js sends failed sign-ins back here with ?error=<type> (pages.error in lib/auth/config.ts).
function errorMessage(error: string | undefined, ssoName: string | undefined): string | undefined {
  if (!error) return undefined;
  if (error === "AccessDenied") {
    return "Hearth could not sign you in with that account: it is deactivated, or its email belongs to another account. Ask your Hearth admin.";
  }
  if (error === "CredentialsSignin") return undefined; // the password form says why itself
  return `Signing in${ssoName ? ` with ${ssoName}` : ""} did not complete. Please try again.`;
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; error?: string }>;
}) {
  if (await currentActor()) redirect("/");
  const { callbackUrl, error } = await searchParams;
  const options = await signInOptions();
  const message = errorMessage(error, options.sso?.name);
  return (
    <main className="flex min-h-dvh items-center justify-center bg-gradient-to-br from-ember-50 via-stone-100 to-amber-50 px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-8 flex flex-col items-center text-center">
          <HearthMark className="size-12" />
          <h1 className="mt-4 text-2xl font-semibold tracking-tight">Sign in to Hearth</h1>
          <p className="mt-1 text-sm text-stone-600">Northwind Housewares&apos; home online</p>
        </div>
        <div className="rounded-2xl bg-white p-6 shadow-sm ring-1 ring-stone-200 sm:p-8">
          {message && (
            <div className="mb-5">
              <FormMessage status="error" message={message} />
            </div>
          )}
          {options.sso && (
            <SsoButton name={options.sso.name} callbackUrl={callbackUrl ?? "/"} primary={!options.passwordSignIn} />
          )}
          {options.sso && options.passwordSignIn && (
            <div className="my-5 flex items-center gap-3 text-xs text-stone-500" aria-hidden="true">
              <span className="h-px flex-1 bg-stone-200" />
              or with your password
              <span className="h-px flex-1 bg-stone-200" />
            </div>
          )}
          {options.passwordSignIn && <SignInForm callbackUrl={callbackUrl ?? "/"} />}
        </div>
      </div>
    </main>
  );
}
