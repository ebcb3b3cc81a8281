import type { Metadata } from "next";
import Link from "next/link";
import {
  AccountStatusActions,
  InviteForm,
  PasswordSignInForm,
  RevokeScimTokenButton,
  RoleSelect,
  ScimTokenForm,
} from "@/components/admin/people-admin";
import { Button, ButtonLink } from "@/components/ui/button";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { currentActor } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/format/dates";
import { listAccounts, ZListAccountsInput } from "@/lib/people/admin/manage-accounts";
import { listScimTokens } from "@/lib/scim/scim-tokens";
import { findSignInSettings } from "@/lib/sso/auth-settings";
import { roleRefusal } from "@/lib/http";

export const metadata: Metadata = { title: "People — Admin" };

const control =
  "block w-full rounded-lg border-0 bg-white px-3 py-2 text-sm text-stone-900 shadow-sm ring-1 ring-stone-300 ring-inset focus:ring-2 focus:ring-ember-600 focus:outline-none";

export default async function AdminPeoplePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await currentActor();
  // Not an admin: this page does not exist for you (the actions check again in lib/).
  if (!actor || !can(actor, "people.manage")) roleRefusal();
  const params = await searchParams;
  const filters = ZListAccountsInput.parse({
    q: params.q,
    status: params.status,
    role: params.role,
    cursor: params.cursor,
  });
  const [page, settings, tokens] = await Promise.all([
    listAccounts(actor, filters),
    findSignInSettings(actor, {}),
    listScimTokens(actor, {}),
  ]);
  const query = (cursor?: string) =>
    `/admin/people?${new URLSearchParams({
      ...(filters.q && { q: filters.q }),
      ...(filters.status !== "active" && { status: filters.status }),
      ...(filters.role && { role: filters.role }),
      ...(cursor && { cursor }),
    })}`;

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin" className="font-medium text-ember-800 hover:underline">
          Admin
        </Link>{" "}
        <span className="text-stone-400">/</span> People
      </p>
      <PageHeader
        title="People"
        description="Everyone with a Hearth account. Deactivating someone signs them out everywhere at once; their posts stay under their name."
        actions={
          <ButtonLink href="/admin/people/import" variant="secondary">
            Import from CSV
          </ButtonLink>
        }
      />

      <div className="grid gap-6 xl:grid-cols-[minmax(0,2fr)_minmax(0,1fr)] xl:items-start">
        <Card aria-labelledby="accounts-heading">
          <h2 id="accounts-heading" className="sr-only">
            Accounts
          </h2>
          <form
            method="get"
            action="/admin/people"
            className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_auto_auto_auto] sm:items-end"
          >
            <div>
              <label htmlFor="q" className="block text-sm font-medium text-stone-800">
                Search
              </label>
              <input
                id="q"
                name="q"
                type="search"
                defaultValue={filters.q}
                placeholder="Name, email, title or handle"
                className={`mt-1.5 ${control}`}
              />
            </div>
            <div>
              <label htmlFor="status" className="block text-sm font-medium text-stone-800">
                Status
              </label>
              <select id="status" name="status" defaultValue={filters.status} className={`mt-1.5 ${control}`}>
                <option value="active">Active</option>
                <option value="deactivated">Deactivated</option>
                <option value="all">All</option>
              </select>
            </div>
            <div>
              <label htmlFor="role" className="block text-sm font-medium text-stone-800">
                Role
              </label>
              <select id="role" name="role" defaultValue={filters.role} className={`mt-1.5 ${control}`}>
                <option value="">Any role</option>
                <option value="EMPLOYEE">Employee</option>
                <option value="LEADER">Leader</option>
                <option value="ADMIN">Admin</option>
              </select>
            </div>
            <Button type="submit" variant="secondary">
              Filter
            </Button>
          </form>

          {page.items.length === 0 ? (
            <div className="mt-5">
              <EmptyState title="No one matches">Try another search, or show all statuses.</EmptyState>
            </div>
          ) : (
            <ul className="mt-5 divide-y divide-stone-200" aria-label="Accounts">
              {page.items.map((person) => (
                <li
                  key={person.id}
                  data-testid={`account-${person.handle}`}
                  className="grid gap-3 py-4 sm:grid-cols-[minmax(0,1fr)_auto_auto] sm:items-center"
                >
                  <div className="min-w-0">
                    <p className="flex flex-wrap items-center gap-2 font-medium text-stone-900">
                      {person.deactivatedAt ? (
                        <span>{person.name}</span>
                      ) : (
                        <Link href={`/people/${person.handle}`} className="hover:underline">
                          {person.name}
                        </Link>
                      )}
                      {person.deactivatedAt && (
                        <Badge className="bg-stone-200 text-stone-800">
                          Deactivated {formatDate(person.deactivatedAt, "day")}
                          {person.deactivatedBy === "scim" ? " by SCIM" : ""}
                        </Badge>
                      )}
                      {person.sso && <Badge className="bg-sky-50 text-sky-800 ring-1 ring-sky-200">SSO</Badge>}
                    </p>
                    <p className="truncate text-sm text-stone-600">{person.email}</p>
                    {(person.title || person.department) && (
                      <p className="truncate text-xs text-stone-500">
                        {[person.title, person.department].filter(Boolean).join(" · ")}
                      </p>
                    )}
                  </div>
                  <RoleSelect userId={person.id} name={person.name} role={person.role} />
                  {person.id === actor.id ? (
                    <span className="text-xs text-stone-500">You</span>
                  ) : (
                    <AccountStatusActions userId={person.id} name={person.name} active={!person.deactivatedAt} />
                  )}
                </li>
              ))}
            </ul>
          )}
          {(filters.cursor || page.nextCursor) && (
            <nav aria-label="Pages" className="mt-4 flex gap-3">
              {filters.cursor && (
                <ButtonLink href={query()} variant="ghost" size="sm">
                  Back to the start
                </ButtonLink>
              )}
              {page.nextCursor && (
                <ButtonLink href={query(page.nextCursor)} variant="secondary" size="sm">
                  Next page
                </ButtonLink>
              )}
            </nav>
          )}
        </Card>

        <div className="grid gap-6 lg:grid-cols-2 lg:items-start xl:grid-cols-1">
          <Card aria-labelledby="invite-heading">
            <h2 id="invite-heading" className="font-semibold">
              Add a person
            </h2>
            <p className="mt-1 mb-4 text-sm text-stone-600">
              For someone who has not signed in yet. With single sign-on they are linked by their verified work email on
              their first sign-in.
            </p>
            <InviteForm />
          </Card>
          <div className="space-y-6">
            <Card aria-labelledby="signin-heading">
              <h2 id="signin-heading" className="mb-3 font-semibold">
                How people sign in
              </h2>
              <PasswordSignInForm enabled={settings.passwordSignIn} ssoName={settings.ssoName} />
              {settings.ssoName && !settings.ssoProven && (
                <p className="mt-3 text-xs text-stone-600">
                  Password sign-in can be switched off after an admin has signed in with {settings.ssoName} once.
                </p>
              )}
            </Card>
            <Card aria-labelledby="scim-heading">
              <h2 id="scim-heading" className="font-semibold">
                Provisioning (SCIM 2.0)
              </h2>
              <p className="mt-1 mb-4 text-sm text-stone-600">
                Point your identity provider at <code className="text-xs">/scim/v2</code> with a bearer token. Tokens
                are stored only as a hash.
              </p>
              <ScimTokenForm />
              {tokens.length > 0 && (
                <ul className="mt-4 divide-y divide-stone-200 text-sm" aria-label="SCIM tokens">
                  {tokens.map((token) => (
                    <li key={token.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                      <span>
                        <span className="font-medium">{token.name}</span>
                        <span className="block text-xs text-stone-500">
                          Created {formatDate(token.createdAt, "day")}
                          {token.createdBy ? ` by ${token.createdBy.name}` : ""} ·{" "}
                          {token.lastUsedAt ? `last used ${formatDate(token.lastUsedAt, "dayTime")}` : "never used"}
                        </span>
                      </span>
                      <RevokeScimTokenButton tokenId={token.id} name={token.name} />
                    </li>
                  ))}
                </ul>
              )}
            </Card>
          </div>
        </div>
      </div>
    </>
  );
}
