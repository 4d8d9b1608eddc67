import { describe, expect, it } from 'vitest';
import { safeReturnTo, signInPath } from './signInRedirect';

describe('sign-in redirects', () => {
  it.each([
    ['/contacts?page=2', '/contacts?page=2'],
    ['//evil.example/x', '/'],
    ['https://evil.example', '/'],
    ['/sign-in?returnTo=/x', '/'],
    [null, '/'],
  ])('returns %s as %s', (value, expected) => expect(safeReturnTo(value)).toBe(expected));

  it('builds the sign-in address with where to come back', () => {
    expect(signInPath('/account/credentials', true)).toBe('/sign-in?returnTo=%2Faccount%2Fcredentials&ended=1');
  });
});
