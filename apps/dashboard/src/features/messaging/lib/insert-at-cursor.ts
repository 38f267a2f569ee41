/** Puts `insert` in place of the selection [start, end) of `text`; returns the new text and where the caret goes. */
export function insertAtCursor(text: string, insert: string, start: number | null | undefined, end?: number | null): { text: string; caret: number } {
  const from = Math.max(0, Math.min(start ?? text.length, text.length));
  const to = Math.max(from, Math.min(end ?? from, text.length));
  return { text: text.slice(0, from) + insert + text.slice(to), caret: from + insert.length };
}
