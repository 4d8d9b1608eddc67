import { api, unwrap } from '../client';
import { fieldsParam } from '../fields';

/** Numbers looked up on the list per findDoNotContacts request. */
const LOOKUP_SIZE = 100;

/**
 * Which of `numbers` are on the do-not-contact list for `channel` now (calls or texts), looked up a
 * hundred at a time with findDoNotContacts.
 */
export async function numbersOnDoNotContactList(
  numbers: readonly string[],
  channel: 'call' | 'text',
  { signal, client = api }: { signal?: AbortSignal; client?: typeof api } = {},
): Promise<Set<string>> {
  const listed = new Set<string>();
  for (let start = 0; start < numbers.length; start += LOOKUP_SIZE) {
    const found = await unwrap(
      client.GET('/contacts/dncs', {
        params: {
          query: {
            number: numbers.slice(start, start + LOOKUP_SIZE),
            [channel]: true,
            limit: LOOKUP_SIZE,
            fields: fieldsParam([{ items: ['number'] }]),
          },
        },
        signal,
      }),
    );
    for (const { number } of found.items) if (number) listed.add(number);
  }
  return listed;
}
