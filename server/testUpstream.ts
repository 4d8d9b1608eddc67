import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SeenRequest {
  method?: string;
  url?: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/**
 * A stand-in for CallFire in the server's tests: records every request it receives and answers through
 * `respond`, so a test can prove what was (or was not) forwarded.
 */
export interface UpstreamAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

export async function startTestUpstream(respond: (request: SeenRequest) => UpstreamAnswer) {
  const seen: SeenRequest[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const entry = { method: request.method, url: request.url, headers: request.headers, body: Buffer.concat(chunks) };
      seen.push(entry);
      const answer = respond(entry);
      response.writeHead(answer.status, answer.headers).end(answer.body);
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    seen,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v2`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
