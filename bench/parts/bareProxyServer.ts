/**
 * The floor of a proxy for `npm run bench -- api`: a bare `node:http` server that forwards each request
 * to the sandbox over a keep-alive undici pool with the sandbox's credentials and pipes the answer back.
 * No framework, no sessions, no checks: what any Node proxy costs on this machine, whatever it adds.
 * Run as its own process: `BARE_PROXY_PORT=… BARE_PROXY_UPSTREAM=… BARE_PROXY_AUTH=… node --import tsx …`.
 */
import { createServer } from 'node:http';
import { pipeline } from 'node:stream';
import { Pool } from 'undici';

const upstream = new Pool(process.env.BARE_PROXY_UPSTREAM!);
const authorization = process.env.BARE_PROXY_AUTH!;

createServer((request, response) => {
  upstream
    .request({ method: 'GET', path: `/v2${request.url!.replace(/^\/api/, '')}`, headers: { authorization } })
    .then(({ statusCode, headers, body }) => {
      delete headers.connection;
      delete headers['keep-alive'];
      response.writeHead(statusCode, headers as Record<string, string>);
      pipeline(body, response, () => {});
    })
    .catch(() => response.writeHead(502).end());
}).listen(Number(process.env.BARE_PROXY_PORT), '127.0.0.1');
