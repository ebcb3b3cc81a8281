import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { computeResponsiveness } from "@/lib/questions/leader-responsiveness";
import { createUser } from "@/lib/test/factories";
import { seedQuestions } from "./questions";
import { askerKeyOf } from "@/lib/privacy/asker-key";

const LEADERS = ["maria", "thomas", "sanne", "jan", "emma"];
const PEOPLE = [
  "milan",
  "lisa",
  "sophie",
  "anouk",
  "daan",
  "freja",
  "eva",
  "lukas",
  "hanna",
  "jonas",
  "fatima",
  "kees",
  "mats",
  "ruben",
  "julia",
  "tim",
  "bram",
  "zoe",
  "victor",
  "noor",
  "elif",
  "astrid",
  "oskar",
  "youssef",
  "ines",
  "mila",
  "felix",
];

describe("seedQuestions", () => {
  it("[ASK] the demo questions are consistent: counts equal rows, the rota answer came after ~20 h, anonymous ones name nobody", async () => {
    const ids = new Map<string, string>();
    for (const key of LEADERS) ids.set(key, (await createUser({ role: "LEADER", name: `Seed ${key}` })).user.id);
    for (const key of PEOPLE) ids.set(key, (await createUser({ name: `Seed ${key}` })).user.id);
    await db.$transaction((tx) => seedQuestions(tx, ids), { timeout: 180_000 });

    const mine = { askerKey: { in: [...ids.values()].map(askerKeyOf) } };
    const questions = await db.question.findMany({
      where: mine,
      select: {
        id: true,
        title: true,
        status: true,
        voteCount: true,
        isAnonymous: true,
        publicAskerId: true,
        createdAt: true,
        firstAnsweredAt: true,
        firstAnswererId: true,
        amaSessionId: true,
        _count: { select: { votes: true } },
      },
    });
    expect(questions.length).toBeGreaterThanOrEqual(6);
    for (const question of questions) expect(question.voteCount, question.title).toBe(question._count.votes);
    expect(new Set(questions.map((question) => question.status))).toEqual(new Set(["OPEN", "ANSWERED", "CLOSED"]));

    const rota = questions.find((question) => question.title === "Can we get a fairer weekend rota in Rotterdam?");
    expect(rota).toMatchObject({
      status: "ANSWERED",
      isAnonymous: false,
      publicAskerId: ids.get("milan"),
      firstAnswererId: ids.get("maria"),
    });
    expect(rota!.firstAnsweredAt!.getTime() - rota!.createdAt.getTime()).toBe(20 * 3_600_000);

    const antwerp = questions.find(
      (question) => question.title === "Will the Antwerp office stay open after the lease ends?",
    );
    expect(antwerp).toMatchObject({ status: "OPEN", isAnonymous: true, publicAskerId: null });
    expect(antwerp!.voteCount).toBeGreaterThanOrEqual(3);
    expect(await db.notification.count({ where: { questionId: antwerp!.id, actorId: { not: null } } })).toBe(0);

    const ama = await db.amaSession.findFirstOrThrow({
      where: { leaderId: ids.get("sanne") },
      include: { _count: { select: { questions: true } } },
    });
    expect(ama._count.questions).toBe(2);
    expect(ama.startsAt.getTime()).toBeLessThan(Date.now());
    expect(ama.endsAt.getTime() - Date.now()).toBeGreaterThan(47 * 3_600_000);

    const [maria, jan] = await computeResponsiveness(db, [ids.get("maria")!, ids.get("jan")!]);
    expect(maria).toMatchObject({ answeredCount: 2, medianSeconds: 11.5 * 3600, within48hShare: 1, openCount: 0 });
    expect(jan).toMatchObject({ answeredCount: 1, openCount: 1, within48hShare: 0.5 });
  });
});
