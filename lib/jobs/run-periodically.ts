// Background checks that run beside the server (reminders, closings, health). Each tick's failure is logged and
// the next tick tries again; the timers never keep the process alive. Returns a function that stops them.
export function runPeriodically(
  what: string,
  { everyMs, firstAfterMs }: { everyMs: number; firstAfterMs?: number },
  task: () => Promise<unknown>,
): () => void {
  const run = () => {
    task().catch((error: unknown) => console.error(`[hearth] ${what} failed:`, error));
  };
  const first = firstAfterMs === undefined ? undefined : setTimeout(run, firstAfterMs);
  first?.unref();
  const every = setInterval(run, everyMs);
  every.unref();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
