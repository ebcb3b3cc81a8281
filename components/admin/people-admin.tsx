"use client";

import { useState } from "react";
import {
  changeRoleAction,
  createScimTokenAction,
  deactivateAction,
  inviteAction,
  passwordSignInAction,
  reactivateAction,
  revokeScimTokenAction,
} from "@/app/(app)/admin/people/actions";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { callAction, useFormAction, useServerAction } from "@/components/ui/use-server-action";

const ROLE_LABELS = { EMPLOYEE: "Employee", LEADER: "Leader", ADMIN: "Admin" } as const;
type Role = keyof typeof ROLE_LABELS;

export function RoleSelect({ userId, name, role }: { userId: string; name: string; role: Role }) {
  const { run, pending, error } = useServerAction(changeRoleAction);
  return (
    <div>
      <label className="sr-only" htmlFor={`role-${userId}`}>
        Role of {name}
      </label>
      <select
        id={`role-${userId}`}
        defaultValue={role}
        disabled={pending}
        onChange={(event) => run(userId, event.target.value)}
        className="rounded-lg border-0 bg-white py-1.5 pr-8 pl-2 text-sm text-stone-900 ring-1 ring-stone-300 ring-inset focus:ring-2 focus:ring-ember-600"
      >
        {Object.entries(ROLE_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      {error && (
        <p role="alert" className="mt-1 max-w-56 text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

export function AccountStatusActions({ userId, name, active }: { userId: string; name: string; active: boolean }) {
  const [confirming, setConfirming] = useState(false);
  const { run, pending, error } = useServerAction(callAction, { onSuccess: () => setConfirming(false) });
  if (!active) {
    return (
      <div>
        <Button size="sm" variant="secondary" disabled={pending} onClick={() => run(() => reactivateAction(userId))}>
          Reactivate<span className="sr-only"> {name}</span>
        </Button>
        {error && <p className="mt-1 text-xs text-red-700">{error}</p>}
      </div>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      {confirming ? (
        <>
          <span className="text-xs text-stone-700">Sign {name} out everywhere and deactivate?</span>
          <Button size="sm" variant="danger" disabled={pending} onClick={() => run(() => deactivateAction(userId))}>
            {pending ? "Deactivating…" : "Deactivate"}
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setConfirming(false)}>
            Cancel
          </Button>
        </>
      ) : (
        <Button size="sm" variant="secondary" onClick={() => setConfirming(true)}>
          Deactivate<span className="sr-only"> {name}</span>
        </Button>
      )}
      {error && (
        <p role="alert" className="w-full text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

export function InviteForm() {
  const { state, action, pending, fieldErrors: errors, kept } = useFormAction(inviteAction);
  return (
    <form
      action={action}
      className="space-y-4"
      noValidate
      key={state.status === "ok" ? state.message : JSON.stringify(kept ?? {})}
    >
      <FormMessage status={state.status} message={state.message} />
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-1">
        <TextField label="Name" name="name" defaultValue={kept?.name ?? ""} error={errors.name} maxLength={100} />
        <TextField label="Work email" name="email" type="email" defaultValue={kept?.email ?? ""} error={errors.email} />
        <TextField label="Title" name="title" defaultValue={kept?.title ?? ""} error={errors.title} maxLength={100} />
        <TextField
          label="Department"
          name="department"
          defaultValue={kept?.department ?? ""}
          error={errors.department}
          maxLength={80}
        />
        <SelectField label="Role" name="role" defaultValue={kept?.role ?? "EMPLOYEE"} error={errors.role}>
          <option value="EMPLOYEE">Employee</option>
          <option value="LEADER">Leader</option>
          <option value="ADMIN">Admin</option>
        </SelectField>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Adding…" : "Add person"}
      </Button>
    </form>
  );
}

export function PasswordSignInForm({ enabled, ssoName }: { enabled: boolean; ssoName: string | null }) {
  const { state, action, pending } = useFormAction(passwordSignInAction);
  return (
    <form action={action} className="space-y-3">
      <FormMessage status={state.status} message={state.message} />
      <input type="hidden" name="enabled" value={enabled ? "false" : "true"} />
      <p className="text-sm text-stone-700">
        Password sign-in is <strong>{enabled ? "on" : "off"}</strong>.
        {ssoName ? ` People can also sign in with ${ssoName}.` : " Single sign-on is not configured."}
      </p>
      <Button type="submit" variant="secondary" size="sm" disabled={pending}>
        {enabled ? "Switch password sign-in off" : "Switch password sign-in on"}
      </Button>
    </form>
  );
}

export function ScimTokenForm() {
  const { state, action, pending, fieldErrors: errors, kept } = useFormAction(createScimTokenAction);
  const token = state.status === "ok" ? state.message : undefined;
  return (
    <div className="space-y-3">
      {token && (
        <div role="status" className="rounded-lg bg-emerald-50 p-3 text-sm text-emerald-900 ring-1 ring-emerald-200">
          <p className="font-medium">Copy this token now: it is shown only once.</p>
          <code data-testid="scim-token" className="mt-2 block overflow-x-auto rounded bg-white p-2 text-xs break-all">
            {token}
          </code>
        </div>
      )}
      <form action={action} className="flex flex-wrap items-end gap-3" noValidate>
        {state.status === "error" && <FormMessage status="error" message={state.message} />}
        <TextField
          label="Token name"
          name="name"
          placeholder="Entra ID"
          defaultValue={kept?.name ?? ""}
          error={errors.name}
          className="min-w-48 flex-1"
        />
        <Button type="submit" size="sm" disabled={pending}>
          {pending ? "Creating…" : "Create SCIM token"}
        </Button>
      </form>
    </div>
  );
}

export function RevokeScimTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  const { run, pending, error } = useServerAction(revokeScimTokenAction);
  return (
    <>
      <Button size="sm" variant="ghost" disabled={pending} onClick={() => run(tokenId)}>
        Revoke<span className="sr-only"> {name}</span>
      </Button>
      {error && <span className="text-xs text-red-700">{error}</span>}
    </>
  );
}
