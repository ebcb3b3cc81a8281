import { ShieldCheck } from "lucide-react";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { ButtonLink } from "@/components/ui/button";
import { rolePageAt } from "@/lib/role-pages";

export const metadata: Metadata = { title: "Not available to you" };

/** The 403 of roleRefusal (lib/http.ts): what this page is for and who can use it, then a way on. */
export default async function Forbidden() {
  const page = rolePageAt((await headers()).get("x-hearth-path") ?? "/");
  return (
    <div className="flex min-h-[60dvh] flex-col items-center justify-center px-4 py-12 text-center">
      <ShieldCheck className="size-10 text-ember-700" aria-hidden="true" />
      <p className="mt-4 text-sm font-semibold text-ember-700">403 · Not available to you</p>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight text-stone-900">
        {page ? page.title : "This page is for other roles"}
      </h1>
      {page && <p className="mt-2 max-w-md text-sm text-stone-700">{page.purpose}</p>}
      <p className="mt-2 max-w-md text-sm text-stone-600" data-testid="forbidden-who">
        {page ? `Who can use it: ${page.who}.` : "Your role does not include it."} If you think you need it, ask an
        admin.
      </p>
      <div className="mt-6 flex flex-wrap justify-center gap-2">
        {page?.instead && <ButtonLink href={page.instead.href}>{page.instead.label}</ButtonLink>}
        <ButtonLink href="/" variant={page?.instead ? "secondary" : "primary"}>
          Back to Hearth
        </ButtonLink>
      </div>
    </div>
  );
}
