import { Flame, MessagesSquare, Users, UsersRound } from "lucide-react";
import Link from "next/link";
import { currentActor } from "@/lib/auth/current-user";
import { Card } from "@/components/ui/card";

const shortcuts = [
  { href: "/people", label: "Find colleagues", text: "Search the directory by name, department or location.", icon: Users },
  { href: "/communities", label: "Communities", text: "Cooking, running, photography, and the sales objections board.", icon: UsersRound },
  { href: "/ask", label: "Ask leadership", text: "Put a question to Maria and the leadership team.", icon: MessagesSquare },
  { href: "/pride", label: "Wall of pride", text: "Celebrate what colleagues made happen.", icon: Flame },
];

function greeting(hour: number) {
  return hour < 12 ? "Good morning" : hour < 18 ? "Good afternoon" : "Good evening";
}

export default async function HomePage() {
  const actor = await currentActor();
  const hour = Number(new Intl.DateTimeFormat("en-GB", { hour: "numeric", hourCycle: "h23", timeZone: "Europe/Amsterdam" }).format(new Date()));
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">
        {greeting(hour)}, {actor?.name.split(" ")[0]}
      </h1>
      <p className="mt-1 text-sm text-stone-600">Here is what is happening at Northwind Housewares.</p>

      <Card className="mt-6 bg-gradient-to-br from-white to-ember-50">
        <h2 className="font-semibold">Your home feed is almost here</h2>
        <p className="mt-1 text-sm text-stone-600">
          Posts from the whole company, your communities and the people you follow will appear here, live. Until then, look around:
        </p>
      </Card>

      <ul className="mt-6 grid gap-4 sm:grid-cols-2">
        {shortcuts.map(({ href, label, text, icon: Icon }) => (
          <li key={href}>
            <Link href={href} className="flex h-full gap-4 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200 transition hover:ring-ember-300">
              <span className="inline-flex size-10 shrink-0 items-center justify-center rounded-full bg-ember-100 text-ember-700">
                <Icon className="size-5" aria-hidden="true" />
              </span>
              <span>
                <span className="block font-medium text-stone-900">{label}</span>
                <span className="mt-0.5 block text-sm text-stone-600">{text}</span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
