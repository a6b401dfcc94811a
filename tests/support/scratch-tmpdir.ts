/**
 * Global setup for every test project: the run's temporary folders (data copies, project copies, browser
 * profiles) go into one folder of its own under the system's temporary folder, removed when the run ends,
 * so a run of the suite leaves nothing behind. Test workers start after this and inherit TMPDIR.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default function setup(): () => void {
  const inherited = process.env.TMPDIR;
  const scratch = mkdtempSync(join(tmpdir(), "ohkz-test-run-"));
  process.env.TMPDIR = scratch;
  return () => {
    if (inherited === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = inherited;
    rmSync(scratch, { recursive: true, force: true });
  };
}
