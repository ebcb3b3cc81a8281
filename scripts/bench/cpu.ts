import { existsSync, readdirSync, readFileSync } from "node:fs";

// CPU time spent by a set of processes, from /proc (Linux): lets a run report CPU milliseconds per request,
// which, unlike requests per second, hardly moves when other work shares the machine.

const TICK_MS = 10; // USER_HZ is 100 on Linux

type Proc = { pid: number; ppid: number; pgrp: number; ms: number };

function processes(): Proc[] {
  if (!existsSync("/proc/self/stat")) return [];
  const found: Proc[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      // After "pid (comm) ": state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i] ?? 0), 0);
      found.push({ pid: Number(name), ppid: Number(fields[1]), pgrp: Number(fields[2]), ms: ticks * TICK_MS });
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

/** A meter reads cumulative CPU milliseconds; null when /proc is not there. */
export type CpuMeter = () => number | null;

/** Every process of a process group (a child started by child.ts and what runs under it). */
export function groupMeter(pgid: number): CpuMeter {
  return () => {
    const all = processes();
    return all.length === 0 ? null : all.filter((p) => p.pgrp === pgid).reduce((sum, p) => sum + p.ms, 0);
  };
}

/** A process and all its descendants (the embedded PostgreSQL: the postmaster and its backends). */
export function treeMeter(rootPid: () => number | undefined): CpuMeter {
  return () => {
    const root = rootPid();
    const all = processes();
    if (root === undefined || all.length === 0) return null;
    const inTree = new Set([root]);
    for (let grew = true; grew;) {
      grew = false;
      for (const p of all) if (inTree.has(p.ppid) && !inTree.has(p.pid)) grew = Boolean(inTree.add(p.pid));
    }
    return all.filter((p) => inTree.has(p.pid)).reduce((sum, p) => sum + p.ms, 0);
  };
}
