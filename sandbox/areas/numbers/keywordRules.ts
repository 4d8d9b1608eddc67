import { badRequest } from '../../http/errors';

/**
 * Words no account can lease: the carrier opt-out and help words every short code must answer,
 * and words other CallFire accounts already hold on the shared short code.
 */
const RESERVED_KEYWORDS = new Set([
  // carrier and CTIA words
  'STOP',
  'STOPALL',
  'END',
  'CANCEL',
  'UNSUBSCRIBE',
  'QUIT',
  'OPTOUT',
  'REVOKE',
  'HELP',
  'INFO',
  'START',
  'UNSTOP',
  'YES',
  'NO',
  // leased by other accounts
  'CALLFIRE',
  'DEALS',
  'SALE',
  'PIZZA',
  'VOTE',
  'JOIN',
  'WIN',
  'FREE',
  'TEXT',
  'SMS',
]);

/** A keyword is 2-20 letters or digits; CallFire matches them without regard to case. */
const KEYWORD_PATTERN = /^[A-Za-z0-9]{2,20}$/;

export function requireKeyword(value: string, field: string): string {
  const keyword = value.trim();
  if (!KEYWORD_PATTERN.test(keyword))
    throw badRequest(`${field}: "${value}" is not a keyword (2-20 letters or digits, no spaces)`);
  return keyword.toUpperCase();
}

export const isReservedKeyword = (keyword: string) => RESERVED_KEYWORDS.has(keyword);
