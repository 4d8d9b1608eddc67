/**
 * The ceiling for `npm run bench -- api`: a bare `node:http` server answering findContacts' two queries
 * (a page by offset, a lookup by number) from an array and a Map in memory. No framework, no checks.
 * Run as its own process: `BARE_PORT=… BARE_CONTACTS=… node --import tsx bench/parts/bareContactsServer.ts`.
 */
import { createServer } from 'node:http';
import { loadContacts } from './contactFixtures';

const contacts = loadContacts(Number(process.env.BARE_CONTACTS ?? 100_000));
const byNumber = new Map(contacts.map((contact) => [contact.homePhone, contact]));

createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://bare');
  const number = url.searchParams.get('number');
  const limit = Number(url.searchParams.get('limit') ?? 100);
  const offset = Number(url.searchParams.get('offset') ?? 0);
  const found = number ? [byNumber.get(number)].filter(Boolean) : contacts.slice(offset, offset + limit);
  const total = number ? found.length : contacts.length;
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(JSON.stringify({ items: found, limit, offset, totalCount: total }));
}).listen(Number(process.env.BARE_PORT), '127.0.0.1');
