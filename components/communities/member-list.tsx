"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import {
  inviteMemberAction,
  muteMemberAction,
  removeMemberAction,
  setMemberRoleAction,
} from "@/app/(app)/communities/actions";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { callAction, useServerAction } from "@/components/ui/use-server-action";
import type { MemberView } from "@/lib/communities/list-members";
import type { CommunityRole } from "@/lib/generated/prisma/enums";
import Link from "next/link";
import { formatDate } from "@/lib/format/dates";

const ROLE_LABEL: Record<CommunityRole, string> = { OWNER: "Owner", MODERATOR: "Moderator", MEMBER: "Member" };

/**
 * The members with their roles. Each member carries what the reader may do to them (computed in
 * lib/communities/access.ts); the list only reads those booleans, and the server checks again.
 */
export function MemberList({
  communityId,
  members,
  me,
}: {
  communityId: string;
  members: MemberView[];
  me: { canModerate: boolean; isArchived: boolean };
}) {
  const router = useRouter();
  const { run, pending, error } = useServerAction(callAction, { onSuccess: () => router.refresh() });

  return (
    <div className="space-y-4">
      {me.canModerate && !me.isArchived && <InviteForm communityId={communityId} />}
      {error && (
        <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-red-200">
          {error}
        </p>
      )}
      <ul
        aria-label="Members"
        className="divide-y divide-stone-100 overflow-hidden rounded-2xl bg-white shadow-sm ring-1 ring-stone-200"
      >
        {members.map((member) => (
          <li key={member.userId} className="flex flex-wrap items-center gap-3 px-4 py-3">
            <Avatar name={member.name} src={member.avatarUrl} size="sm" />
            <div className="min-w-0 flex-1">
              <p className="truncate text-sm font-medium text-stone-900">
                <Link href={`/people/${member.handle}`} className="hover:underline">
                  {member.name}
                </Link>{" "}
                {member.role !== "MEMBER" && (
                  <Badge
                    className={member.role === "OWNER" ? "bg-ember-100 text-ember-900" : "bg-sky-100 text-sky-900"}
                  >
                    {ROLE_LABEL[member.role]}
                  </Badge>
                )}{" "}
                {member.mutedUntil && (
                  <Badge className="bg-stone-200 text-stone-800">
                    Muted until {formatDate(member.mutedUntil, "numericDate")}
                  </Badge>
                )}
              </p>
              <p className="truncate text-xs text-stone-600">{member.title}</p>
            </div>
            {(member.abilities.canChangeRole || member.abilities.canMute || member.abilities.canRemove) && (
              <div className="flex w-full flex-wrap items-center gap-1 pl-11 sm:w-auto sm:pl-0">
                {member.abilities.canChangeRole && (
                  <label className="text-xs text-stone-700">
                    <span className="sr-only">Role of {member.name}</span>
                    <select
                      value={member.role}
                      disabled={pending}
                      onChange={(event) =>
                        run(() => setMemberRoleAction(communityId, member.userId, event.target.value))
                      }
                      className="rounded-lg border-0 py-1 pr-7 pl-2 text-xs ring-1 ring-inset ring-stone-300 focus:ring-2 focus:ring-ember-600"
                    >
                      <option value="MEMBER">Member</option>
                      <option value="MODERATOR">Moderator</option>
                      <option value="OWNER">Owner</option>
                    </select>
                  </label>
                )}
                {member.abilities.canMute && (
                  <Button
                    size="sm"
                    variant="ghost"
                    disabled={pending}
                    onClick={() => run(() => muteMemberAction(communityId, member.userId, member.mutedUntil ? 0 : 7))}
                  >
                    {member.mutedUntil ? "Unmute" : "Mute 7 days"}
                  </Button>
                )}
                {member.abilities.canRemove && (
                  <Button
                    size="sm"
                    variant="ghost"
                    className="text-red-700"
                    disabled={pending}
                    onClick={() =>
                      window.confirm(`Remove ${member.name} from the community?`) &&
                      run(() => removeMemberAction(communityId, member.userId))
                    }
                  >
                    Remove
                  </Button>
                )}
              </div>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

function InviteForm({ communityId }: { communityId: string }) {
  const router = useRouter();
  const [handle, setHandle] = useState("");
  const [invited, setInvited] = useState<string | null>(null);
  const invite = useServerAction(inviteMemberAction, {
    onSuccess: (_data, _communityId, invitedHandle) => {
      setInvited(invitedHandle.replace(/^@/, ""));
      setHandle("");
      router.refresh();
    },
  });
  return (
    <form
      aria-label="Invite a colleague"
      noValidate
      className="flex flex-wrap items-end gap-3 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200"
      onSubmit={(event) => {
        event.preventDefault();
        setInvited(null);
        invite.run(communityId, handle);
      }}
    >
      <TextField
        label="Invite a colleague by handle"
        name="handle"
        value={handle}
        onChange={(event) => setHandle(event.target.value)}
        placeholder="e.g. sophie-de-vries"
        error={invite.error ? (invite.fieldErrors.handle ?? invite.error) : undefined}
        hint={invited ? `Invited @${invited}.` : undefined}
        className="min-w-56 flex-1"
      />
      <Button type="submit" disabled={invite.pending || handle.trim() === ""}>
        {invite.pending ? "Inviting…" : "Invite"}
      </Button>
    </form>
  );
}
