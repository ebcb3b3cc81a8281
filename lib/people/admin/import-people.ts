import "server-only";
import { parse } from "csv-parse/sync";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { cleanEmail, cleanText, departmentIdFor, freeHandle } from "@/lib/sso/directory";

// The organisation from a spreadsheet, for organisations without SCIM: one row per person with name, email, title,
// department, location and manager email. Preview first (every row checked, errors by row and column), then apply:
// new people are created, existing ones (matched by email) updated, and applying the same file twice changes nothing.

export const IMPORT_MAX_ROWS = 5000;
export const IMPORT_MAX_BYTES = 2 * 1024 * 1024;

const COLUMNS = {
  name: ["name", "fullname", "displayname"],
  email: ["email", "emailaddress", "workemail", "mail"],
  title: ["title", "jobtitle"],
  department: ["department", "dept"],
  location: ["location", "office", "city"],
  managerEmail: ["manageremail", "manager", "managermail"],
} as const;

type Column = keyof typeof COLUMNS;
export type ImportRow = { line: number } & Record<Column, string>;
export type RowError = { line: number; column: Column | "row"; message: string };
export type RowAction = "create" | "update" | "unchanged" | "skip";
export type ImportPreview = {
  rows: (ImportRow & { action: RowAction; errors: RowError[] })[];
  counts: Record<RowAction, number>;
  errorCount: number;
};

const normalise = (header: string) => header.toLowerCase().replace(/[^a-z]/g, "");

/** Parses the CSV (comma or semicolon, with or without BOM) into rows keyed by Hearth's columns. */
export function parsePeopleCsv(csv: string): ImportRow[] {
  if (Buffer.byteLength(csv) > IMPORT_MAX_BYTES) {
    throw new AppError("TOO_LARGE", "The file is larger than 2 MB. Split it and import the parts.", {
      file: "Too large",
    });
  }
  let records: string[][];
  try {
    const firstLine = csv.split(/\r?\n/, 1)[0] ?? "";
    const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
    records = parse(csv, { bom: true, delimiter, skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch (error) {
    throw new AppError("BAD_INPUT", `The file is not valid CSV: ${(error as Error).message}`, {
      file: "Not valid CSV",
    });
  }
  const [header, ...body] = records;
  if (!header) throw new AppError("BAD_INPUT", "The file is empty.", { file: "The file is empty" });
  const index = {} as Record<Column, number>;
  for (const column of Object.keys(COLUMNS) as Column[]) {
    index[column] = header.findIndex((cell) => (COLUMNS[column] as readonly string[]).includes(normalise(cell)));
  }
  if (index.name < 0 || index.email < 0) {
    throw new AppError("BAD_INPUT", "The first line must name the columns, with at least name and email.", {
      file: "Missing the name or email column",
    });
  }
  if (body.length > IMPORT_MAX_ROWS) {
    throw new AppError("TOO_LARGE", `At most ${IMPORT_MAX_ROWS} people per file; this one has ${body.length}.`, {
      file: "Too many rows",
    });
  }
  return body.map((record, i) => {
    const cell = (column: Column) => (index[column] >= 0 ? (record[index[column]] ?? "").trim() : "");
    return {
      line: i + 2,
      name: cell("name"),
      email: cell("email"),
      title: cell("title"),
      department: cell("department"),
      location: cell("location"),
      managerEmail: cell("managerEmail"),
    };
  });
}

type Existing = {
  id: string;
  email: string;
  name: string;
  title: string;
  location: string;
  department: { name: string } | null;
  manager: { email: string } | null;
};

async function plan(rows: ImportRow[]) {
  const emails = [
    ...new Set(rows.flatMap((row) => [cleanEmail(row.email), cleanEmail(row.managerEmail)]).filter(Boolean)),
  ] as string[];
  const existing = new Map<string, Existing>(
    (
      await db.user.findMany({
        where: { email: { in: emails } },
        select: {
          id: true,
          email: true,
          name: true,
          title: true,
          location: true,
          department: { select: { name: true } },
          manager: { select: { email: true } },
        },
      })
    ).map((user) => [user.email, user]),
  );
  const seen = new Map<string, number>();
  const inFile = new Set(rows.map((row) => cleanEmail(row.email)).filter(Boolean));
  const planned = rows.map((row) => {
    const errors: RowError[] = [];
    const email = cleanEmail(row.email);
    const name = cleanText(row.name, 100);
    if (!name) errors.push({ line: row.line, column: "name", message: "Name is missing" });
    if (!row.email) errors.push({ line: row.line, column: "email", message: "Email is missing" });
    else if (!email)
      errors.push({ line: row.line, column: "email", message: `"${row.email}" is not an email address` });
    else if (seen.has(email)) {
      errors.push({ line: row.line, column: "email", message: `Same email as line ${seen.get(email)}` });
    } else seen.set(email, row.line);
    if (row.title.length > 100)
      errors.push({ line: row.line, column: "title", message: "Title is over 100 characters" });
    if (row.department.length > 80) {
      errors.push({ line: row.line, column: "department", message: "Department is over 80 characters" });
    }
    if (row.location.length > 80) {
      errors.push({ line: row.line, column: "location", message: "Location is over 80 characters" });
    }
    const manager = cleanEmail(row.managerEmail);
    if (row.managerEmail && !manager) {
      errors.push({ line: row.line, column: "managerEmail", message: `"${row.managerEmail}" is not an email address` });
    } else if (manager && manager === email) {
      errors.push({ line: row.line, column: "managerEmail", message: "A person cannot be their own manager" });
    } else if (manager && !inFile.has(manager) && !existing.has(manager)) {
      errors.push({
        line: row.line,
        column: "managerEmail",
        message: `No one with ${manager} in the file or in Hearth`,
      });
    }
    const current = email ? existing.get(email) : undefined;
    const wanted = {
      name,
      title: cleanText(row.title, 100),
      location: cleanText(row.location, 80),
      department: cleanText(row.department, 80),
      managerEmail: manager ?? "",
    };
    const same =
      current &&
      current.name === wanted.name &&
      current.title === wanted.title &&
      current.location === wanted.location &&
      (current.department?.name ?? "").toLowerCase() === wanted.department.toLowerCase() &&
      (current.manager?.email ?? "") === wanted.managerEmail;
    const action: RowAction = errors.length > 0 ? "skip" : !current ? "create" : same ? "unchanged" : "update";
    return { ...row, email: email ?? row.email, action, errors, wanted };
  });
  return { planned, existing };
}

function summary(planned: Awaited<ReturnType<typeof plan>>["planned"]): ImportPreview {
  const counts: Record<RowAction, number> = { create: 0, update: 0, unchanged: 0, skip: 0 };
  for (const row of planned) counts[row.action] += 1;
  return {
    rows: planned.map(({ wanted: _wanted, ...row }) => row),
    counts,
    errorCount: planned.reduce((sum, row) => sum + row.errors.length, 0),
  };
}

const ZImportInput = z.object({ csv: z.string({ error: "Choose a CSV file" }).min(1, "Choose a CSV file") });

export const previewPeopleImport = defineUseCase({
  input: ZImportInput,
  permission: "people.manage",
  run: async ({ input }) => summary((await plan(parsePeopleCsv(input.csv))).planned),
});

/** Applies the rows without errors in one transaction (rows with errors are skipped, as the preview showed). */
export const applyPeopleImport = defineUseCase({
  input: ZImportInput,
  permission: "people.manage",
  run: async ({ actor, input }) => {
    const { planned } = await plan(parsePeopleCsv(input.csv));
    const result = summary(planned);
    const changing = planned.filter((row) => row.action === "create" || row.action === "update");
    if (changing.length === 0) return result;
    await db.$transaction(
      async (tx) => {
        const ids = new Map<string, string>();
        const departments = new Map<string, string | null>();
        const departmentId = async (name: string) => {
          const key = name.toLowerCase();
          if (!departments.has(key)) departments.set(key, await departmentIdFor(tx, name));
          return departments.get(key) ?? null;
        };
        for (const row of changing) {
          const data = {
            name: row.wanted.name,
            title: row.wanted.title,
            location: row.wanted.location,
            departmentId: await departmentId(row.wanted.department),
          };
          const user =
            row.action === "create"
              ? await tx.user.create({
                  data: { ...data, email: row.email, handle: await freeHandle(tx, data.name, row.email) },
                  select: { id: true },
                })
              : await tx.user.update({ where: { email: row.email }, data, select: { id: true } });
          ids.set(row.email, user.id);
        }
        // Managers second, so a manager further down the file already exists.
        for (const row of changing) {
          const managerId = row.wanted.managerEmail
            ? (ids.get(row.wanted.managerEmail) ??
              (await tx.user.findUnique({ where: { email: row.wanted.managerEmail }, select: { id: true } }))?.id ??
              null)
            : null;
          await tx.user.update({ where: { id: ids.get(row.email)! }, data: { managerId } });
        }
        await tx.auditEntry.create({
          data: {
            actorId: actor.id,
            action: "people.imported",
            targetType: "User",
            data: { created: result.counts.create, updated: result.counts.update, skipped: result.counts.skip },
          },
        });
      },
      { timeout: 120_000 },
    );
    return result;
  },
});
