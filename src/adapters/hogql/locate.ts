/**
 * The file position of an offset inside a string literal: the text is searched
 * for below the definition's constructor call, first as written (template
 * literals, plain strings) and then in its JSON-escaped form ("...\n..."), so
 * the offset can be carried through the escapes. Undefined when the text is not
 * in the file as a literal (built by code, or spread over a concatenation).
 */
export function locateInSource(source: string, fromLine: number, text: string, offset: number): { line: number; column: number } | undefined {
  const lineStarts = [0];
  for (let i = source.indexOf("\n"); i >= 0; i = source.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const from = lineStarts[Math.max(0, fromLine - 1)] ?? 0;
  const escape = (value: string) => JSON.stringify(value).slice(1, -1);
  const forms = [
    { written: text, prefix: text.slice(0, offset) },
    { written: escape(text), prefix: escape(text.slice(0, offset)) },
  ];
  for (const { written, prefix } of forms) {
    const at = source.indexOf(written, from);
    if (written === "" || at < 0) continue;
    const position = at + prefix.length;
    let line = 0;
    while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= position) line++;
    return { line: line + 1, column: position - lineStarts[line]! + 1 };
  }
  return undefined;
}
