"use client";

import { useTransition } from "react";
import { Avatar } from "@/components/ui/avatar";
import { Menu, MenuItem, MenuLabel, MenuLink, MenuSeparator } from "@/components/ui/menu";
import { signOutAction } from "@/app/signin/actions";

export function UserMenu({ name, handle, title }: { name: string; handle: string; title: string }) {
  // Not useServerAction: signing out answers with a redirect, never with an ActionResult to show.
  const [, startTransition] = useTransition();
  return (
    <Menu
      label={`Account menu for ${name}`}
      trigger={<Avatar name={name} size="sm" />}
      triggerClassName="flex items-center gap-2 rounded-full p-0.5 hover:ring-2 hover:ring-stone-300"
    >
      <MenuLabel>
        <span className="block truncate text-sm font-semibold text-stone-900">{name}</span>
        <span className="block truncate text-xs text-stone-600">{title}</span>
      </MenuLabel>
      <MenuLink href={`/people/${handle}`}>Your profile</MenuLink>
      <MenuLink href="/settings">Settings</MenuLink>
      <MenuSeparator />
      <MenuItem onSelect={() => startTransition(() => signOutAction())}>Sign out</MenuItem>
    </Menu>
  );
}
