import {
  Bell,
  CalendarHeart,
  Flag,
  Flame,
  LineChart,
  Home,
  ListChecks,
  MessagesSquare,
  Settings,
  Shield,
  Trophy,
  Users,
  UsersRound,
} from "lucide-react";

export const NAV_ITEMS = [
  { href: "/", label: "Home", icon: Home },
  { href: "/communities", label: "Communities", icon: UsersRound },
  { href: "/pride", label: "Pride", icon: Flame },
  { href: "/ask", label: "Ask leadership", icon: MessagesSquare },
  { href: "/actions", label: "Action items", icon: ListChecks },
  { href: "/events", label: "Live shows", icon: CalendarHeart },
  { href: "/challenges", label: "Challenges", icon: Trophy },
  { href: "/people", label: "People", icon: Users },
] as const;

export const SECONDARY_NAV = [
  { href: "/notifications", label: "Notifications", icon: Bell },
  { href: "/settings", label: "Settings", icon: Settings },
] as const;

export const ADMIN_NAV = { href: "/admin", label: "Admin", icon: Shield } as const;

// For admins, leaders and managers: the four pillars for their people.
export const INSIGHTS_NAV = { href: "/insights", label: "Insights", icon: LineChart } as const;

// For community owners and moderators: the reports from their communities.
export const MODERATION_NAV = { href: "/moderation", label: "Moderation", icon: Flag } as const;
