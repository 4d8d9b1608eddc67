/** A keyword people can text: 2-20 letters or digits. CallFire matches keywords in any case. */
const KEYWORD = /^[A-Za-z0-9]{2,20}$/;

export interface KeywordInput {
  /** Valid keywords, in capitals, each once, in the order typed. */
  keywords: string[];
  /** Words that cannot be keywords, as typed. */
  invalid: string[];
}

/** Reads keywords typed or pasted with spaces, commas or new lines between them. */
export function readKeywords(text: string): KeywordInput {
  const words = text.split(/[\s,;]+/).filter(Boolean);
  const invalid = words.filter((word) => !KEYWORD.test(word));
  const keywords = [...new Set(words.filter((word) => KEYWORD.test(word)).map((word) => word.toUpperCase()))];
  return { keywords, invalid };
}

export const keywordInputProblem = ({ invalid }: KeywordInput) =>
  invalid.length ? `Not a keyword (2-20 letters or digits): ${invalid.join(', ')}` : undefined;
