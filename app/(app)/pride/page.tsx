import type { Metadata } from "next";
import { ComingSoon } from "@/components/ui/coming-soon";

export const metadata: Metadata = { title: "Wall of pride" };

export default function PridePage() {
  return (
    <ComingSoon
      title="Wall of pride"
      description="Moments of pride from across Northwind: who made something happen, and which of our values it shows."
      points={["Moments of pride that tag the colleagues behind them", "Filter by department, value, person and period", "A “this week” highlight", "Pride received and given on every profile"]}
    />
  );
}
