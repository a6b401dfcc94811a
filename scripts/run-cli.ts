/** The one way a script in scripts/ ends: its main's exit code, or one line naming what failed — never a stack trace. */
export function runCli(prefix: string, main: () => number): void {
  try {
    process.exitCode = main();
  } catch (error) {
    console.error(`${prefix}: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
