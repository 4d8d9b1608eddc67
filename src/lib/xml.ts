/** Where in a text a problem is, counted from 1 as editors count. */
export interface TextPosition {
  line: number;
  column: number;
}

/** Chromium's and Firefox's parser messages, turned into the operator's words where they are common. */
const PLAIN_WORDS: [RegExp, (...parts: string[]) => string][] = [
  [
    /Opening and ending tag mismatch: (\S+) line (\d+) and (\S+)/,
    (open, line, close) => `</${close}> does not close <${open}>, opened on line ${line}`,
  ],
  [/unexpected closing tag: (\S+) != (\S+)/i, (close, open) => `</${close}> does not close <${open}>`],
  [/Premature end of data in tag (\S+) line (\d+)/, (tag, line) => `<${tag}>, opened on line ${line}, is never closed`],
  [/Extra content at the end of the document/, () => 'there is text after the closing </dialplan>'],
  [/Start ?Tag: invalid element name/i, () => 'a tag has no name or an invalid one'],
  [/Couldn't find end of Start Tag (\S+)/, (tag) => `the tag <${tag}> is not closed with >`],
  [/attributes construct error/, () => 'an attribute is not written as name="value"'],
  [/mismatched tag\. Expected: (\S+)/, (expected) => `a closing tag does not match: ${expected} was expected`],
  [/no root element found|Document is empty/i, () => 'the dialplan is empty'],
];

function plainWords(detail: string): string {
  for (const [pattern, words] of PLAIN_WORDS) {
    const match = pattern.exec(detail);
    if (match) return words(...match.slice(1));
  }
  return detail.charAt(0).toLowerCase() + detail.slice(1);
}

/** Line and column of the browser parser's report: Chromium's "line 3 at column 5", Firefox's "Line Number 3, Column 5". */
function parserPosition(report: string): TextPosition | undefined {
  const match = /line (?:number )?(\d+)(?: at|,) column (\d+)/i.exec(report);
  return match ? { line: Number(match[1]), column: Number(match[2]) } : undefined;
}

/**
 * Why a text is not well-formed XML, in plain words with its line and column, or undefined when it
 * is. The browser's own parser is the judge, so what passes here is what CallFire's parser will read.
 */
export function xmlProblem(text: string): string | undefined {
  const parsed = new DOMParser().parseFromString(text, 'application/xml');
  const error = parsed.getElementsByTagName('parsererror')[0];
  if (!error) return undefined;
  const report = (error.textContent ?? '').replace(/\s+/g, ' ').trim();
  // Chromium wraps the message: "This page contains the following errors:error on line 3 at column 5: …Below is a rendering…".
  const detail =
    /(?:error on line \d+ at column \d+: )(.*?)(?: ?Below is a rendering.*)?$/.exec(report)?.[1] ??
    /XML Parsing Error: ([^\n]*?)(?: Location:.*)?$/.exec(report)?.[1] ??
    report;
  const position = parserPosition(report);
  const where = position ? ` at line ${position.line}, column ${position.column}` : '';
  return `The dialplan is not well-formed XML${where}: ${plainWords(detail || 'it could not be read as XML')}`;
}

/** The line and column a dialplan problem names, whether the console or CallFire's server wrote it. */
export function problemPosition(message: string | undefined): TextPosition | undefined {
  const match = /line (\d+), column (\d+)/i.exec(message ?? '');
  return match ? { line: Number(match[1]), column: Number(match[2]) } : undefined;
}
