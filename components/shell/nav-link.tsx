"use client";

import clsx from "clsx";
import Link from "next/link";
import { usePathname } from "next/navigation";

export function isActive(pathname: string, href: string) {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

/**
 * One entry of the main navigation, marked current by the path. Its icon and label come rendered from the
 * server (components/shell/nav-links.tsx), so the icons' code is not part of the page's JavaScript; the icon
 * follows the current state through the `group` class.
 */
export function NavLink({
  href,
  onNavigate,
  children,
}: {
  href: string;
  onNavigate?: () => void;
  children: React.ReactNode;
}) {
  const active = isActive(usePathname(), href);
  return (
    <Link
      href={href}
      onClick={onNavigate}
      aria-current={active ? "page" : undefined}
      className={clsx(
        "group flex items-center gap-3 rounded-lg px-3 py-2 text-sm font-medium transition-colors",
        active ? "bg-ember-100 text-ember-900" : "text-stone-700 hover:bg-stone-200/70 hover:text-stone-900",
      )}
    >
      {children}
    </Link>
  );
}
