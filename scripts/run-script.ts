// The end of every command-line script: a failure is one readable line and a non-zero exit status (never a stack
// trace for an expected problem such as an unreachable database, and never status 0 after a failure).
export async function runScript(work: () => Promise<void>): Promise<never> {
  try {
    await work();
    process.exit(0);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    if (process.env.HEARTH_DEBUG === "1") console.error(error);
    process.exit(1);
  }
}
