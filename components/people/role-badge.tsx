import { Badge } from "@/components/ui/card";

export function RoleBadge({ role }: { role: "EMPLOYEE" | "LEADER" | "ADMIN" }) {
  if (role === "LEADER") return <Badge className="bg-ember-100 text-ember-900">Leader</Badge>;
  if (role === "ADMIN") return <Badge className="bg-stone-200 text-stone-800">Admin</Badge>;
  return null;
}
