/** Finds the line and column of the value at a path in JSON text, so metadata errors point at the right line. */

export interface TextPosition {
  line: number;
  column: number;
}

/**
 * Walks the JSON text once, tracking the current path; returns where the deepest existing prefix of
 * `path` starts (the file start when nothing matches). The text is assumed to be valid JSON.
 */
export function locateJsonPath(text: string, path: readonly (string | number)[]): TextPosition {
  let i = 0;
  let best = 0;
  let bestDepth = -1;
  const ws = (): void => {
    while (i < text.length && /\s/.test(text[i] ?? "")) i++;
  };
  const str = (): string => {
    const start = i++;
    while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const matches = (current: readonly (string | number)[]): boolean => current.every((seg, k) => String(path[k]) === String(seg));
  const value = (current: (string | number)[]): void => {
    ws();
    if (current.length <= path.length && matches(current) && current.length > bestDepth) {
      best = i;
      bestDepth = current.length;
    }
    const c = text[i];
    if (c === "{") {
      i++;
      ws();
      while (text[i] !== "}" && i < text.length) {
        ws();
        const key = str();
        ws();
        i++; // colon
        value([...current, key]);
        ws();
        if (text[i] === ",") i++;
        ws();
      }
      i++;
    } else if (c === "[") {
      i++;
      ws();
      let index = 0;
      while (text[i] !== "]" && i < text.length) {
        value([...current, index++]);
        ws();
        if (text[i] === ",") i++;
        ws();
      }
      i++;
    } else if (c === '"') str();
    else while (i < text.length && !/[,\]}\s]/.test(text[i] ?? "")) i++;
  };
  try {
    value([]);
  } catch {
    return { line: 1, column: 1 };
  }
  const lines = text.slice(0, best).split("\n");
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}
