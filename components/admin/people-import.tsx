"use client";

import { useActionState } from "react";
import { importPeopleAction, type ImportState } from "@/app/(app)/admin/people/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

const ACTION_LABELS = { create: "Add", update: "Update", unchanged: "Unchanged", skip: "Skipped" } as const;

export function PeopleImport() {
  const [state, action, pending] = useActionState<ImportState, FormData>(importPeopleAction, { status: "idle" });
  const preview = state.preview;
  return (
    <div className="space-y-5">
      <form action={action} className="space-y-4" noValidate>
        <FormMessage status={state.status} message={state.message} />
        <div>
          <label htmlFor="file" className="block text-sm font-medium text-stone-800">
            CSV file
          </label>
          <input
            id="file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            aria-describedby="file-hint"
            aria-invalid={state.fieldErrors?.file ? true : undefined}
            className="mt-1.5 block w-full text-sm text-stone-700 file:mr-3 file:rounded-lg file:border-0 file:bg-stone-100 file:px-3 file:py-2 file:text-sm file:font-medium file:text-stone-800 hover:file:bg-stone-200"
          />
          <p id="file-hint" className="mt-1 text-xs text-stone-600">
            First line: name, email, title, department, location, manager email (comma or semicolon separated; name and
            email required). Up to 5000 people, 2 MB.
          </p>
          {state.fieldErrors?.file && <p className="mt-1 text-sm text-red-700">{state.fieldErrors.file}</p>}
        </div>
        <input type="hidden" name="intent" value="preview" />
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "Checking…" : "Preview import"}
        </Button>
      </form>

      {preview && (
        <section aria-labelledby="preview-heading">
          <h2 id="preview-heading" className="font-semibold">
            {state.applied ? "Result" : "Preview"}
          </h2>
          <div className="mt-3 overflow-x-auto rounded-xl ring-1 ring-stone-200">
            <table className="min-w-full divide-y divide-stone-200 text-left text-sm">
              <thead className="bg-stone-50 text-xs text-stone-600 uppercase">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    Line
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Outcome
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Name
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Email
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Department
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Manager
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-200 bg-white">
                {preview.rows.map((row) => (
                  <tr key={row.line} className={row.errors.length > 0 ? "bg-red-50/60" : undefined}>
                    <td className="px-3 py-2 text-stone-500">{row.line}</td>
                    <td className="min-w-40 px-3 py-2">
                      <span className="font-medium">{ACTION_LABELS[row.action]}</span>
                      {row.errors.map((error) => (
                        <span key={`${error.column}-${error.message}`} className="block text-xs text-red-800">
                          {error.message}
                        </span>
                      ))}
                    </td>
                    <td className="px-3 py-2">{row.name}</td>
                    <td className="px-3 py-2">{row.email}</td>
                    <td className="px-3 py-2">{row.department}</td>
                    <td className="px-3 py-2">{row.managerEmail}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {state.csv && !state.applied && (
            <form action={action} className="mt-4">
              <input type="hidden" name="csv" value={state.csv} />
              <input type="hidden" name="intent" value="apply" />
              <Button type="submit" disabled={pending || preview.counts.create + preview.counts.update === 0}>
                {pending ? "Importing…" : `Apply: add ${preview.counts.create}, update ${preview.counts.update}`}
              </Button>
            </form>
          )}
        </section>
      )}
    </div>
  );
}
