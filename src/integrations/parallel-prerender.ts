/**
 * Renders pages on two CPUs. Astro renders every static page in the build's one thread, and most of a
 * build is rendering: chart images, and at scale organisation pages (DESIGN.md: ≤ 5 ms a page). This
 * integration gives Astro a prerenderer (its public setPrerenderer hook) that renders in the main thread
 * as before and, at the same time, in a worker thread that imports the same prerender bundle
 * (src/integrations/prerender-worker.ts). Pages are identical whichever thread renders them: both run
 * the same bundle with the same styles and scripts; the reproducible-build test compares a build on one
 * thread with one on two. Astro still writes every file, in the main thread, with the synchronous calls
 * underneath while pages are generated (src/integrations/sync-file-writes.ts).
 */
import type { AstroIntegration, AstroIntegrationLogger, AstroPrerenderer, RouteData } from "astro";
import type { Plugin } from "vite";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { InjectedScript, PageStyle, RenderRequest, WorkerMessage, WorkerSetup } from "./prerender-protocol.ts";
import { writeFilesSynchronously } from "./sync-file-writes.ts";

/**
 * Pages of build.concurrency in flight that the main thread renders itself; the worker holds the rest.
 * The main thread also writes every page and logs it, so the worker takes most of the rendering, and its
 * queue must outlast the main thread's pauses (its own render, a 30 ms garbage collection). With 3 of 4
 * the worker sat idle about a tenth of the time. With 6 of 8, a build of 3,000 organisation pages was
 * faster in 6 of 7 alternated pairs (median 2.8 s), and 10,000 pages were generated in 43.4 s against
 * 47.5 s, peak memory 1,928 MB against 1,833 MB. With 10 of 12 the build peaked at 2,120 MB, over
 * DESIGN.md's 2 GB.
 */
const RENDERED_IN_MAIN = 2;

/** The build's report of how it shared the pages, as the tests read it from the build's output. */
export const SECOND_THREAD_REPORT = /(\d+) of (\d+) pages rendered in a second thread/;

function secondThreadReport(inWorker: number, total: number): string {
  return `${inWorker} of ${total} pages rendered in a second thread`;
}

/** RENDER_THREADS=1 renders in the main thread only, as Astro does by itself (the reproducible-build test compares the two). */
function secondThreadWanted(): boolean {
  return process.env.RENDER_THREADS !== "1" && availableParallelism() >= 2;
}

export function parallelPrerender(): AstroIntegration {
  let pages: Map<string, { styles: PageStyle[] }> | undefined;
  let entries: string[] = [];
  let workerQueue = 1;
  return {
    name: "open-health-kz:parallel-prerender",
    hooks: {
      "astro:config:done": ({ config }) => {
        workerQueue = Math.max(1, config.build.concurrency - RENDERED_IN_MAIN);
      },
      "astro:build:setup": ({ pages: buildPages, updateConfig }) => {
        // Astro fills each page's styles into this map while it bundles; they are read once rendering starts.
        pages = buildPages;
        updateConfig({ plugins: [prerenderEntryPlugin((written) => (entries = written))] });
      },
      "astro:build:start": ({ setPrerenderer, logger }) => {
        if (!secondThreadWanted()) return;
        setPrerenderer((astroPrerenderer) =>
          workerPrerenderer(astroPrerenderer, logger, workerQueue, () => {
            const [entryUrl] = entries;
            if (!pages || !entryUrl || entries.length > 1) throw new Error(`the prerender bundle has ${entries.length} entries, not one: Astro's build no longer matches this integration`);
            return { entryUrl, pageStyles: [...pages].map(([key, page]) => [key, page.styles]), scripts: injectedScripts(astroPrerenderer) };
          }),
        );
      },
    },
  };
}

/** Notes the file of the prerender bundle's entry, which the worker imports as Astro's prerenderer does. */
function prerenderEntryPlugin(found: (entries: string[]) => void): Plugin {
  return {
    name: "open-health-kz:prerender-entry",
    writeBundle(options, bundle) {
      if (this.environment.name !== "prerender" || !options.dir) return;
      const dir = options.dir;
      const entries = Object.values(bundle).flatMap((chunk) => (chunk.type === "chunk" && chunk.isEntry ? [pathToFileURL(join(dir, chunk.fileName)).href] : []));
      found(entries);
    },
  };
}

/** The scripts integrations injected, from the build app Astro's own prerenderer set up. */
function injectedScripts(astroPrerenderer: AstroPrerenderer): InjectedScript[] {
  const app: unknown = Reflect.get(astroPrerenderer, "app");
  const options: unknown = typeof app === "object" && app !== null && "getOptions" in app && typeof app.getOptions === "function" ? app.getOptions() : undefined;
  const scripts: unknown = typeof options === "object" && options !== null && "settings" in options ? Reflect.get(Object(options.settings), "scripts") : undefined;
  if (!Array.isArray(scripts)) throw new Error("Astro's prerenderer has no build app with settings.scripts");
  return scripts.map((script: unknown) => ({ stage: String(Reflect.get(Object(script), "stage")), content: String(Reflect.get(Object(script), "content")) }));
}

/** A worker that has imported the prerender bundle and is ready to render. */
async function startWorker(setup: WorkerSetup): Promise<Worker> {
  const started = new Worker(new URL("./prerender-worker.ts", import.meta.url), { workerData: setup });
  const listeners: { error?: (error: Error) => void; exit?: (code: number) => void; message?: (message: WorkerMessage) => void } = {};
  try {
    await new Promise<void>((resolve, reject) => {
      listeners.error = reject;
      listeners.exit = (code) => reject(new Error(`the worker stopped before it was ready (exit code ${code})`));
      listeners.message = (message) => {
        if (message.kind === "ready") resolve();
        else reject(new Error(`the worker could not start: ${message.kind === "failed" ? message.message : message.kind}`));
      };
      started.once("error", listeners.error).once("exit", listeners.exit).once("message", listeners.message);
    });
  } catch (error) {
    await started.terminate();
    throw error;
  } finally {
    // only this function's listeners: Node's own keep the worker's port referenced
    if (listeners.error) started.off("error", listeners.error);
    if (listeners.exit) started.off("exit", listeners.exit);
    if (listeners.message) started.off("message", listeners.message);
  }
  return started;
}

interface Pending {
  resolve: (response: Response) => void;
  reject: (error: Error) => void;
}

function workerPrerenderer(astroPrerenderer: AstroPrerenderer, logger: AstroIntegrationLogger, workerQueue: number, workerSetup: () => WorkerSetup): AstroPrerenderer {
  let worker: Worker | undefined;
  const pending = new Map<number, Pending>();
  let nextId = 0;
  let renderedHere = 0;
  let restoreWrites: (() => void) | undefined;

  function failAll(error: Error): void {
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
    worker = undefined;
  }

  function stopped(code: number): void {
    failAll(new Error(`parallel-prerender: the worker stopped (exit code ${code})`));
  }

  function settle(message: WorkerMessage): void {
    if (message.kind !== "rendered" && message.kind !== "error") return;
    const waiting = pending.get(message.id);
    pending.delete(message.id);
    if (!waiting) return;
    if (message.kind === "error") waiting.reject(Object.assign(new Error(message.message), { stack: message.stack }));
    else waiting.resolve(new Response(message.body, { status: message.status, statusText: message.statusText, headers: message.headers }));
  }

  function renderInWorker(running: Worker, request: Request, routeData: RouteData): Promise<Response> {
    const id = nextId++;
    const message: RenderRequest = { id, url: request.url, route: routeData.route, component: routeData.component };
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      running.postMessage(message);
    });
  }

  return {
    name: "open-health-kz:parallel-prerender",
    async setup() {
      await astroPrerenderer.setup?.();
      restoreWrites = writeFilesSynchronously();
      try {
        worker = await startWorker(workerSetup());
      } catch (error) {
        // Rendering in one thread gives the same pages, only later: say why and go on.
        logger.warn(`pages render in the main thread only: ${error instanceof Error ? error.message : String(error)}`);
        return;
      }
      worker.on("message", settle);
      worker.on("error", (error) => failAll(new Error(`parallel-prerender: the worker failed: ${error.message}`, { cause: error })));
      worker.on("exit", stopped);
    },
    getStaticPaths: () => astroPrerenderer.getStaticPaths(),
    render(request, options) {
      if (worker && !options.collectMetadata && pending.size < workerQueue) return renderInWorker(worker, request, options.routeData);
      renderedHere += 1;
      return astroPrerenderer.render(request, options);
    },
    async teardown() {
      restoreWrites?.();
      restoreWrites = undefined;
      const running = worker;
      worker = undefined;
      if (running) {
        running.off("exit", stopped);
        await running.terminate();
        logger.info(secondThreadReport(nextId, nextId + renderedHere));
      }
      await astroPrerenderer.teardown?.();
    },
  };
}
