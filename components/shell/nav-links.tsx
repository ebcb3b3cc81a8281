"use client";

import clsx from "clsx";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { ADMIN_NAV, INSIGHTS_NAV, MODERATION_NAV, NAV_ITEMS } from "@/components/shell/nav-items";

export function isActive(pathname: string, href: string) {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

export function NavLinks({
  isAdmin,
  moderates,
  insights = false,
  onNavigate,
}: {
  isAdmin: boolean;
  moderates: boolean;
  insights?: boolean;
  onNavigate?: () => void;
}) {
  const pathname = usePathname();
  const items = [
    ...NAV_ITEMS,
    ...(insights ? [INSIGHTS_NAV] : []),
    ...(moderates ? [MODERATION_NAV] : []),
    ...(isAdmin ? [ADMIN_NAV] : []),
  ];
  return (
    <ul className="space-y-1">
      {items.map(({ href, label, icon: Icon }) => {
        const active = isActive(pathname, href);
        return (
          <li key={href}>
            <Link
              href={href}
              onClick={onNavigate}
              aria-current={active ? "page" : undefined}
              className={clsx(
                "flex items-center gap-3 rounded-lg px-3 py-2 text-sm font-medium transition-colors",
                active ? "bg-ember-100 text-ember-900" : "text-stone-700 hover:bg-stone-200/70 hover:text-stone-900",
              )}
            >
              <Icon className={clsx("size-5", active ? "text-ember-700" : "text-stone-500")} aria-hidden="true" />
              {label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
