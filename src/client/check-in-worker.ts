/** Runs one check in a new web worker; the file's bytes are transferred, not copied. Cancelling ends the worker. */
import type { ImportStep } from "../data/import/check-import.ts";
import type { CheckOutcome, CheckRequest, WorkerMessage } from "./check-protocol.ts";

export interface RunningCheck {
  outcome: Promise<CheckOutcome>;
  cancel(): void;
}

export function checkInWorker(request: CheckRequest, onStep: (step: ImportStep) => void): RunningCheck {
  const worker = new Worker(new URL("./check-worker.ts", import.meta.url), { type: "module" });
  const outcome = new Promise<CheckOutcome>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      if (message.type === "step") onStep(message.step);
      else {
        worker.terminate();
        if (message.type === "done") resolve(message.outcome);
        else reject(new Error(message.message));
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || "the checker could not start"));
    };
  });
  worker.postMessage(request, [request.bytes]);
  return { outcome, cancel: () => worker.terminate() };
}
