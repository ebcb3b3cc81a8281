// Graceful shutdown (SIGTERM, SIGINT): server.ts stops accepting, lets requests in flight finish, sends sockets to
// reconnect elsewhere, then runs the hooks registered here (in reverse order of registration, each bounded in time)
// before it closes the database pools and Redis. Anything that holds a lock, a timer or a connection of its own
// registers with onShutdown, e.g. a job worker releasing the jobs it claimed:
//
//   const off = onShutdown("jobs", () => worker.stop());
//
// State lives on globalThis: server.ts and Next's bundle each load their own copy of lib/.

type Hook = { name: string; run: () => unknown };
type State = { hooks: Hook[]; draining: boolean };
const state = ((globalThis as unknown as { hearthShutdown?: State }).hearthShutdown ??= { hooks: [], draining: false });

/** Registers `run` for the shutdown; returns a function that takes it back (e.g. a worker stopped earlier). */
export function onShutdown(name: string, run: () => unknown): () => void {
  const hook = { name, run };
  state.hooks.push(hook);
  return () => {
    state.hooks = state.hooks.filter((candidate) => candidate !== hook);
  };
}

/** True from the first shutdown signal on: readiness answers 503 and responses ask to close the connection. */
export function isDraining(): boolean {
  return state.draining;
}

export function startDraining(): void {
  state.draining = true;
}

/** Runs every hook, newest first; one that fails or hangs past `timeoutMs` is reported and the next one runs. */
export async function runShutdownHooks({
  timeoutMs = 10_000,
  log = console.warn,
}: { timeoutMs?: number; log?: (line: string) => void } = {}): Promise<void> {
  const hooks = [...state.hooks].reverse();
  state.hooks = [];
  for (const hook of hooks) {
    let timer: NodeJS.Timeout | undefined;
    const outcome = await Promise.race([
      Promise.resolve()
        .then(hook.run)
        .then(
          () => "done",
          (error: unknown) => `failed: ${error instanceof Error ? error.message : String(error)}`,
        ),
      new Promise<string>((resolve) => {
        timer = setTimeout(() => resolve(`did not finish within ${timeoutMs} ms`), timeoutMs);
      }),
    ]);
    clearTimeout(timer);
    if (outcome !== "done") log(`Shutdown step "${hook.name}" ${outcome}; going on.`);
  }
}

/** Tests only: back to a process that is not shutting down. */
export function resetShutdownForTests(): void {
  state.hooks = [];
  state.draining = false;
}
