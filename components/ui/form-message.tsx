import clsx from "clsx";

/** The one-sentence outcome of a form: announced to screen readers, coloured by success or failure. */
export function FormMessage({ status, message }: { status: "idle" | "ok" | "error"; message?: string }) {
  if (!message) return null;
  return (
    <p
      role={status === "error" ? "alert" : "status"}
      className={clsx(
        "rounded-lg px-3 py-2 text-sm",
        status === "error"
          ? "bg-red-50 text-red-800 ring-1 ring-red-200"
          : "bg-emerald-50 text-emerald-800 ring-1 ring-emerald-200",
      )}
    >
      {message}
    </p>
  );
}
