import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { LiveShowStatus } from "@/lib/generated/prisma/enums";
import { canManageShow, canSeeAttendance, canThankInShow } from "@/lib/live-shows/access";
import { personRefSelect, type PersonRef } from "@/lib/people/person-ref";

export type ShowView = {
  id: string;
  slug: string;
  title: string;
  description: string;
  descriptionHtml: string;
  host: PersonRef;
  hostId: string;
  startsAt: string;
  durationMin: number;
  streamUrl: string | null;
  status: LiveShowStatus;
  startedAt: string | null;
  endedAt: string | null;
  rsvpCount: number;
  commentCount: number;
  questionCount: number;
  isGoing: boolean;
  canManage: boolean;
  canThank: boolean;
  canSeeAttendance: boolean;
};

export function showSelect(actorId: string) {
  return {
    id: true,
    slug: true,
    title: true,
    description: true,
    descriptionHtml: true,
    hostId: true,
    createdById: true,
    startsAt: true,
    durationMin: true,
    streamUrl: true,
    status: true,
    startedAt: true,
    endedAt: true,
    rsvpCount: true,
    commentCount: true,
    host: { select: personRefSelect },
    rsvps: { where: { userId: actorId }, select: { userId: true } },
    _count: { select: { questions: { where: { withdrawnAt: null, hiddenAt: null, mergedIntoId: null } } } },
  } satisfies Prisma.LiveShowSelect;
}

type Row = Prisma.LiveShowGetPayload<{ select: ReturnType<typeof showSelect> }>;

export function toShowView(actor: Actor, row: Row): ShowView {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    description: canManageShow(actor, row) ? row.description : "",
    descriptionHtml: row.descriptionHtml,
    host: row.host,
    hostId: row.hostId,
    startsAt: row.startsAt.toISOString(),
    durationMin: row.durationMin,
    streamUrl: row.streamUrl,
    status: row.status,
    startedAt: row.startedAt?.toISOString() ?? null,
    endedAt: row.endedAt?.toISOString() ?? null,
    rsvpCount: row.rsvpCount,
    commentCount: row.commentCount,
    questionCount: row._count.questions,
    isGoing: row.rsvps.length > 0,
    canManage: canManageShow(actor, row),
    canThank: canThankInShow(actor, row),
    canSeeAttendance: canSeeAttendance(actor, row),
  };
}
