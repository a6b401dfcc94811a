/**
 * A drawing: the shapes of a simple chart with their coordinates, computed by pure functions and turned
 * into SVG by render-drawing.ts. Organisation pages draw their charts this way instead of with Plot:
 * Plot costs 1–2 ms a chart (its axes most of it), and 10,000 organisations × 3 languages × 4 charts
 * would spend the whole build budget of 5 ms a page on charts alone (see BENCHMARKS.md).
 */

export type Shape =
  | { kind: "rect"; x: number; y: number; width: number; height: number; fill: string }
  | { kind: "line"; x1: number; y1: number; x2: number; y2: number; opacity: number }
  | { kind: "path"; d: string; stroke: string }
  | { kind: "circle"; cx: number; cy: number; r: number; fill: string }
  | { kind: "text"; x: number; y: number; text: string; anchor: "start" | "middle" | "end"; middle?: boolean };

export interface Drawing {
  width: number;
  height: number;
  shapes: Shape[];
}

/** Round values spaced 1, 2 or 5 × 10ⁿ apart covering [lo, hi] with about `count` steps, as d3's ticks choose them. */
export function niceTicks(lo: number, hi: number, count: number): number[] {
  if (lo === hi) return hi === 0 ? [0, 1] : [Math.min(0, lo), Math.max(0, hi)];
  const raw = (hi - lo) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const first = Math.floor(lo / step);
  const last = Math.ceil(hi / step);
  // Whole multiples of the step, and below 1 whole fractions (3 / 10, not 3 × 0.1): no 0.30000000000000004 in a label.
  const inverse = step < 1 ? Math.round(1 / step) : 0;
  return Array.from({ length: last - first + 1 }, (_, i) => (inverse ? (first + i) / inverse : (first + i) * step));
}

/** A linear map from a domain to a range of pixels. */
export function linear(domain: readonly [number, number], range: readonly [number, number]): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  return (value) => r0 + ((value - d0) / span) * (r1 - r0);
}
