/** The checking page's web worker: a 50,000-row file is read and validated here, so the page never freezes. */
import type { CheckRequest, WorkerMessage } from "./check-protocol.ts";
import { runCheck } from "./run-check.ts";

// Typed by hand: the DOM and WebWorker libraries cannot both be in one TypeScript program.
const scope = self as unknown as { onmessage: ((event: MessageEvent<CheckRequest>) => void) | null; postMessage(message: WorkerMessage): void };

scope.onmessage = (event) => {
  try {
    const outcome = runCheck(event.data, (step) => scope.postMessage({ type: "step", step }));
    scope.postMessage({ type: "done", outcome });
  } catch (error) {
    scope.postMessage({ type: "error", message: error instanceof Error ? error.message : String(error) });
  }
};
