import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { canSeeAttendance } from "@/lib/live-shows/access";
import { ZShowId } from "@/lib/live-shows/show-input";
import { personRefSelect, type PersonRef } from "@/lib/people/person-ref";

export type ThankedPerson = { person: PersonRef; comments: number };
export type ShowAttendance = {
  uniqueViewers: number;
  peakViewers: number;
  comments: number;
  commenters: number;
  rsvps: number;
  rsvpsAttended: number;
  reactions: number;
};
export type ShowReport = { thanked: ThankedPerson[]; attendance: ShowAttendance | null };

/**
 * After (or during) a show: who was thanked, for everyone; the attendance figures only for the host,
 * whoever scheduled it and admins (null for everyone else).
 */
export const findShowReport = defineUseCase({
  input: z.object({ showId: ZShowId }),
  permission: "liveShows.read",
  run: async ({ actor, input }): Promise<ShowReport> => {
    const show = await db.liveShow.findUnique({
      where: { id: input.showId },
      select: { id: true, hostId: true, createdById: true, peakViewers: true, commentCount: true, rsvpCount: true },
    });
    if (!show) throw new AppError("NOT_FOUND", "That show does not exist.");
    const thankedRows = await db.liveComment.groupBy({
      by: ["authorId"],
      where: { showId: show.id, removedAt: null, appreciations: { some: {} } },
      _count: { _all: true },
      _min: { createdAt: true },
      orderBy: { _min: { createdAt: "asc" } },
    });
    const people = await db.user.findMany({
      where: { id: { in: thankedRows.map((row) => row.authorId) } },
      select: personRefSelect,
    });
    const thanked = thankedRows.flatMap((row) => {
      const person = people.find((candidate) => candidate.id === row.authorId);
      return person ? [{ person, comments: row._count._all }] : [];
    });
    if (!canSeeAttendance(actor, show)) return { thanked, attendance: null };

    const [uniqueViewers, commenters, rsvpsAttended, reactions] = await Promise.all([
      db.liveAttendance.count({ where: { showId: show.id } }),
      db.liveComment.groupBy({ by: ["authorId"], where: { showId: show.id } }).then((rows) => rows.length),
      db.liveShowRsvp.count({ where: { showId: show.id, user: { liveAttendance: { some: { showId: show.id } } } } }),
      db.liveReaction.count({ where: { showId: show.id } }),
    ]);
    return {
      thanked,
      attendance: {
        uniqueViewers,
        peakViewers: show.peakViewers,
        comments: show.commentCount,
        commenters,
        rsvps: show.rsvpCount,
        rsvpsAttended,
        reactions,
      },
    };
  },
});
