import { describe, expect, it } from 'vitest';
import { keywordInputProblem, readKeywords } from './keywordInput';

describe('typed keywords', () => {
  it('reads words in any separator, in capitals, each once', () => {
    expect(readKeywords(' pizza, Deals\nPIZZA;coffee2 ')).toEqual({
      keywords: ['PIZZA', 'DEALS', 'COFFEE2'],
      invalid: [],
    });
  });

  it('names the words that cannot be keywords', () => {
    const input = readKeywords('ok x caf\u00e9 fine');
    expect(input.keywords).toEqual(['OK', 'FINE']);
    expect(keywordInputProblem(input)).toBe('Not a keyword (2-20 letters or digits): x, caf\u00e9');
  });
});
