import type { Metadata } from "next";
import { HearthMark } from "@/components/shell/hearth-mark";
import { ButtonLink } from "@/components/ui/button";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <main className="flex min-h-[70dvh] flex-col items-center justify-center px-4 py-16 text-center">
      <HearthMark className="size-12" />
      <p className="mt-6 text-sm font-semibold text-ember-700">404</p>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight">We could not find that page</h1>
      <p className="mt-2 max-w-md text-sm text-stone-600">
        The link may be old, or the page may have moved. Nothing you can see is lost: head back home and look from
        there.
      </p>
      <ButtonLink href="/" className="mt-6">
        Back to Hearth
      </ButtonLink>
    </main>
  );
}
