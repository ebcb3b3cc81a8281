import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { randomKey } from "@/lib/test/factories";

/** A show written straight to the database (no use case), for tests that need a given status or time. */
export async function insertShow(hostId: string, overrides: Partial<Prisma.LiveShowUncheckedCreateInput> = {}) {
  const key = randomKey();
  return db.liveShow.create({
    data: {
      slug: `show-${key}`,
      title: `Show ${key}`,
      hostId,
      createdById: hostId,
      startsAt: new Date(Date.now() + 86_400_000),
      ...overrides,
    },
  });
}

/** Valid schedule form values, an hour from now. */
export function showFields(hostId: string, overrides: Record<string, unknown> = {}) {
  return {
    title: "Friday Fireside",
    hostId,
    startsAt: new Date(Date.now() + 3_600_000).toISOString(),
    durationMin: "45",
    description: "",
    streamUrl: "",
    ...overrides,
  };
}
