import { spawn } from "node:child_process";

// A server the benchmark starts: its own process group (so Ctrl-C in the terminal reaches only us, and we stop
// it in order), the last lines of its output kept for error messages, and a stop that waits for the exit.

export type Child = { name: string; pid: number; tail: () => string; exited: () => boolean; stop: () => Promise<void> };

const running = new Set<Child>();

/** Stops every child still running, newest first (Ctrl-C can come while one is still starting). */
export async function stopChildren(): Promise<void> {
  for (const child of [...running].reverse()) await child.stop();
}

export function startChild(
  name: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  echo?: (line: string) => void,
): Child {
  const proc = spawn(command, args, { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const lines: string[] = [];
  let exitCode: number | null | undefined;
  const exited = new Promise<void>((resolve) =>
    proc.once("exit", (code) => {
      exitCode = code;
      resolve();
    }),
  );
  const keep = (chunk: Buffer) => {
    for (const line of chunk
      .toString()
      .split("\n")
      .filter((l) => l.trim())) {
      lines.push(line);
      if (lines.length > 60) lines.shift();
      echo?.(line);
    }
  };
  proc.stdout.on("data", keep);
  proc.stderr.on("data", keep);
  if (proc.pid === undefined) throw new Error(`Could not start ${name}.`);
  const pid = proc.pid;

  const signal = (sig: NodeJS.Signals) => {
    try {
      process.kill(-pid, sig); // the group we created: npx, tsx and the node process under them
    } catch {
      /* already gone */
    }
  };
  const child: Child = {
    name,
    pid,
    tail: () => lines.join("\n"),
    exited: () => exitCode !== undefined,
    stop: async () => {
      if (exitCode === undefined) {
        signal("SIGTERM");
        const timer = setTimeout(() => signal("SIGKILL"), 15_000);
        await exited;
        clearTimeout(timer);
      }
      // npx can exit before the server under it: give the rest of the group a moment, then make sure.
      for (let i = 0; i < 20 && groupAlive(pid); i++) await new Promise((resolve) => setTimeout(resolve, 250));
      if (groupAlive(pid)) signal("SIGKILL");
      running.delete(child);
    },
  };
  running.add(child);
  return child;
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Polls `url` until it answers 200; fails early when the child exits. */
export async function waitForHealthy(child: Child, url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exited()) throw new Error(`${child.name} exited before it was healthy:\n${child.tail()}`);
    const ok = await fetch(url, { signal: AbortSignal.timeout(5_000) }).then(
      (res) => res.status === 200,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${child.name} did not answer ${url} within ${timeoutMs / 1000} s:\n${child.tail()}`);
}
