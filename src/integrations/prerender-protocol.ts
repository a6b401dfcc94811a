/**
 * What the build's main thread and its page-rendering worker (src/integrations/prerender-worker.ts) say to
 * each other. Types only: the worker runs with Node's type stripping, outside Vite.
 */

/** A stylesheet of a page as Astro's build records it (inline with inlineStylesheets: "always"). */
export interface PageStyle {
  depth: number;
  order: number;
  sheet: { type: "inline"; content: string } | { type: "external"; src: string };
}

/** A script an integration injected, as Astro's settings hold it. */
export interface InjectedScript {
  stage: string;
  content: string;
}

/** Everything the worker needs besides the prerender bundle: what Astro's build environment would give it. */
export interface WorkerSetup {
  /** file: URL of the prerender bundle's entry, the module Astro's own prerenderer imports. */
  entryUrl: string;
  /** Styles of each page, keyed as Astro keys its page data (route + separator + component). */
  pageStyles: [string, PageStyle[]][];
  scripts: InjectedScript[];
}

export interface RenderRequest {
  id: number;
  url: string;
  route: string;
  component: string;
}

export type WorkerMessage =
  | { kind: "ready" }
  | { kind: "failed"; message: string; stack?: string }
  | { kind: "rendered"; id: number; status: number; statusText: string; headers: [string, string][]; body: ArrayBuffer | null }
  | { kind: "error"; id: number; message: string; stack?: string };
