import clsx from "clsx";
import Link from "next/link";
import type { ComponentProps } from "react";

type Variant = "primary" | "secondary" | "ghost" | "danger";

const variants: Record<Variant, string> = {
  // Disabled looks disabled: grey and flat, with no hover, so it never reads as ready to press.
  primary: "bg-ember-700 text-white hover:bg-ember-800 shadow-sm disabled:bg-stone-200 disabled:text-stone-500",
  secondary:
    "bg-white text-stone-800 ring-1 ring-inset ring-stone-300 hover:bg-stone-50 shadow-sm disabled:bg-stone-50 disabled:text-stone-400 disabled:ring-stone-200",
  ghost: "text-stone-700 hover:bg-stone-200/70 disabled:bg-transparent disabled:text-stone-400",
  danger: "bg-red-700 text-white hover:bg-red-800 shadow-sm disabled:bg-stone-200 disabled:text-stone-500",
};

export function buttonClass(variant: Variant = "primary", size: "sm" | "md" = "md") {
  return clsx(
    "inline-flex items-center justify-center gap-2 rounded-lg font-medium transition-colors disabled:cursor-not-allowed disabled:shadow-none",
    size === "md" ? "px-4 py-2 text-sm" : "px-3 py-1.5 text-sm",
    variants[variant],
  );
}

export function Button({
  variant,
  size,
  className,
  ...props
}: ComponentProps<"button"> & { variant?: Variant; size?: "sm" | "md" }) {
  return <button className={clsx(buttonClass(variant, size), className)} {...props} />;
}

export function ButtonLink({
  variant,
  size,
  className,
  ...props
}: ComponentProps<typeof Link> & { variant?: Variant; size?: "sm" | "md" }) {
  return <Link className={clsx(buttonClass(variant, size), className)} {...props} />;
}
