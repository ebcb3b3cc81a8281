"use server";

import { NowPanel } from "@/components/home/now-panel";
import { currentActor } from "@/lib/auth/current-user";
import { findNow } from "@/lib/home/find-now";

/** A fresh render of the home page's "Now" column (components/home/now-live.tsx asks for it on events). */
export async function renderNowAction() {
  const now = await findNow(await currentActor(), {});
  return <NowPanel now={now} />;
}
