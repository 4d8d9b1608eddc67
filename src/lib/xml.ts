/**
 * Why a text is not well-formed XML, in the browser's words, or undefined when it is. The browser's
 * own parser is the judge, so what passes here is what CallFire's parser will read.
 */
export function xmlProblem(text: string): string | undefined {
  const parsed = new DOMParser().parseFromString(text, 'application/xml');
  const error = parsed.getElementsByTagName('parsererror')[0];
  if (!error) return undefined;
  const detail = (error.textContent ?? '').replace(/\s+/g, ' ').trim();
  return `The dialplan is not well-formed XML: ${detail || 'it could not be parsed'}`;
}
