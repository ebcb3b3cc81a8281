import { ADMIN_NAV, INSIGHTS_NAV, MODERATION_NAV, NAV_ITEMS } from "@/components/shell/nav-items";
import { NavLink } from "@/components/shell/nav-link";

/** The main navigation's entries. No client code of its own: in the shell it renders on the server. */
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
  const items = [
    ...NAV_ITEMS,
    ...(insights ? [INSIGHTS_NAV] : []),
    ...(moderates ? [MODERATION_NAV] : []),
    ...(isAdmin ? [ADMIN_NAV] : []),
  ];
  return (
    <ul className="space-y-1">
      {items.map(({ href, label, icon: Icon }) => (
        <li key={href}>
          <NavLink href={href} onNavigate={onNavigate}>
            <Icon className="size-5 text-stone-500 group-aria-[current=page]:text-ember-700" aria-hidden="true" />
            {label}
          </NavLink>
        </li>
      ))}
    </ul>
  );
}
