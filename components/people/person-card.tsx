import Link from "next/link";
import { Avatar } from "@/components/ui/avatar";
import { RoleBadge } from "@/components/people/role-badge";

export type PersonCardData = {
  id: string;
  handle: string;
  name: string;
  title: string;
  location: string;
  avatarUrl: string | null;
  role: "EMPLOYEE" | "LEADER" | "ADMIN";
  department: { name: string } | null;
};

export function PersonCard({ person }: { person: PersonCardData }) {
  return (
    <Link
      href={`/people/${person.handle}`}
      className="flex items-center gap-3 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200 transition hover:ring-ember-300"
    >
      <Avatar name={person.name} src={person.avatarUrl} />
      <span className="min-w-0">
        <span className="flex items-center gap-2">
          <span className="truncate font-medium text-stone-900">{person.name}</span>
          <RoleBadge role={person.role} />
        </span>
        <span className="block truncate text-sm text-stone-600">{person.title}</span>
        <span className="block truncate text-xs text-stone-500">
          {[person.department?.name, person.location].filter(Boolean).join(" · ")}
        </span>
      </span>
    </Link>
  );
}
