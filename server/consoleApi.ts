import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import replyFrom from '@fastify/reply-from';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CONSOLE_HEADER } from '../shared/consoleHeader.ts';
import { auditedWrite, auditEntryOf, readAnswer, registerAuditRoutes } from './auditLog.ts';
import { type AuditStore, MemoryAuditStore, RedisAuditStore } from './auditStore.ts';
import type { ConsoleSettings } from './consoleSettings.ts';
import { crossSiteRefusal } from './crossSite.ts';
import { sendError } from './errorReply.ts';
import { MemorySessionStore, RedisSessionStore } from './sessionStore.ts';
import { type Operator, Sessions } from './sessions.ts';
import { SignInThrottle } from './signInThrottle.ts';

export const SESSION_COOKIE = 'callfire_session';

export interface ConsoleApiOptions {
  settings: ConsoleSettings;
  /** Given by tests and by servers that share one store; otherwise made from the settings. */
  sessions?: Sessions;
  throttle?: SignInThrottle;
  /** The activity log; otherwise made from the settings, beside the sessions. */
  audit?: AuditStore;
}

const basicAuth = ({ login, password }: Pick<Operator, 'login' | 'password'>) =>
  `Basic ${Buffer.from(`${login}:${password}`).toString('base64')}`;

// Each proxied request carries its operator's Authorization: encoded once per operator, not per request.
const encodedAuth = new WeakMap<Operator, string>();
function authorizationOf(operator: Operator): string {
  let header = encodedAuth.get(operator);
  if (header === undefined) {
    header = basicAuth(operator);
    encodedAuth.set(operator, header);
  }
  return header;
}

const DROPPED_REQUEST_HEADERS = ['cookie', 'authorization', 'origin', 'referer', 'host'];
// A Basic challenge would open the browser's own login prompt; upstream cookies are not the console's.
// `connection` and `keep-alive` describe the upstream hop: its `connection: close` would make the console
// close the browser's connection too, which then pays a new one for the next request.
const DROPPED_ANSWER_HEADERS = ['www-authenticate', 'set-cookie', 'connection', 'keep-alive'];

function browserHeaders<Headers extends Record<string, unknown>>(headers: Headers): Headers {
  const answered = { ...headers };
  for (const name of DROPPED_ANSWER_HEADERS) delete answered[name];
  return answered;
}

export function sessionsFor(settings: ConsoleSettings): Sessions {
  const store = settings.redisUrl ? new RedisSessionStore(settings.redisUrl) : new MemorySessionStore();
  return new Sessions(store, settings.sessionSecret, settings.sessionIdleMs);
}

export const auditStoreFor = (settings: ConsoleSettings): AuditStore =>
  settings.redisUrl ? new RedisAuditStore(settings.redisUrl) : new MemoryAuditStore();

/**
 * The console's server side: sign-in sessions under `/auth/session` and the `/api` proxy to CallFire.
 * Registered as one plugin by every server (Vite dev, `vite preview`, `npm run serve`), so all behave alike.
 */
export async function consoleApi(app: FastifyInstance, options: ConsoleApiOptions) {
  const { settings } = options;
  const sessions = options.sessions ?? sessionsFor(settings);
  const throttle = options.throttle ?? new SignInThrottle();
  if (!options.sessions) app.addHook('onClose', () => sessions.close());
  const audit = options.audit ?? auditStoreFor(settings);
  if (!options.audit) app.addHook('onClose', () => audit.close());

  await app.register(cookie);
  await app.register(rateLimit, { global: false });

  const cookieOptions = (request: FastifyRequest) => ({
    path: '/',
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: request.protocol === 'https',
  });

  /** Who the request acts for: the configured operator, or the signed-in session's. */
  async function operatorOf(request: FastifyRequest): Promise<Operator | undefined> {
    return settings.operator ?? (await sessions.find(request.cookies[SESSION_COOKIE]));
  }

  registerAuditRoutes(app, audit, operatorOf, (request, reply) => {
    const refusal = crossSiteRefusal(request.method, request.headers);
    return refusal ? sendError(reply, 403, refusal) : undefined;
  });

  app.get('/auth/session', async (request, reply) => {
    const operator = await operatorOf(request);
    if (!operator) return sendError(reply, 401, 'Nobody is signed in');
    return { login: operator.login, accountName: operator.accountName, signIn: !settings.operator };
  });

  app.post(
    '/auth/session',
    {
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        body: {
          type: 'object',
          required: ['login', 'password'],
          properties: { login: { type: 'string', minLength: 1 }, password: { type: 'string', minLength: 1 } },
        },
      },
      // A validation failure names the field but never echoes what was typed.
      attachValidation: true,
    },
    async (request, reply) => {
      if (request.validationError) return sendError(reply, 400, 'Enter both the API login and the password');
      if (settings.operator) {
        return sendError(reply, 409, 'This console uses the CallFire account set on its server; there is no sign-in');
      }
      if (crossSiteRefusal(request.method, request.headers)) return sendError(reply, 403, 'Sign in from the console');
      const wait = throttle.delayFor(request.ip);
      if (wait) await new Promise((resolve) => setTimeout(resolve, wait));

      const { login, password } = request.body as { login: string; password: string };
      let answer: Response;
      try {
        answer = await fetch(`${settings.apiUrl}/me/account?fields=id,name`, {
          headers: { authorization: basicAuth({ login, password }), accept: 'application/json' },
          signal: AbortSignal.timeout(15_000),
        });
      } catch {
        return sendError(reply, 502, 'CallFire could not be reached; try again in a moment');
      }
      if (answer.status === 401 || answer.status === 403) {
        throttle.failed(request.ip);
        return sendError(reply, 401, 'Wrong API login or password');
      }
      if (!answer.ok) return sendError(reply, 502, `CallFire answered ${answer.status}; try again in a moment`);
      throttle.succeeded(request.ip);
      const { id: accountId, name } = (await answer.json().catch(() => ({}))) as { id?: number; name?: string };

      await sessions.end(request.cookies[SESSION_COOKIE]);
      const id = await sessions.start({ login, password, accountName: name, accountId });
      reply.setCookie(SESSION_COOKIE, id, cookieOptions(request));
      return { login, accountName: name, signIn: true };
    },
  );

  app.delete('/auth/session', async (request, reply) => {
    await sessions.end(request.cookies[SESSION_COOKIE]);
    reply.clearCookie(SESSION_COOKIE, cookieOptions(request));
    return reply.code(204).send();
  });

  await app.register(async (proxy) => {
    const upstream = new URL(settings.apiUrl);
    const upstreamPrefix = upstream.pathname.replace(/\/+$/, '');
    // Bodies (JSON, multipart uploads, audio) go upstream exactly as the browser sent them.
    proxy.removeAllContentTypeParsers();
    proxy.addContentTypeParser('*', (_request, payload, done) => done(null, payload));
    await proxy.register(replyFrom, {
      base: upstream.origin,
      undici: { headersTimeout: 120_000, bodyTimeout: 300_000 },
    });

    const forward = async (request: FastifyRequest, reply: FastifyReply) => {
      const refusal = crossSiteRefusal(request.method, request.headers);
      if (refusal) return sendError(reply, 403, refusal);
      const sessionId = request.cookies[SESSION_COOKIE];
      const operator = await operatorOf(request);
      if (!operator) return sendError(reply, 401, 'Sign in to continue');

      const path = request.url.replace(/^\/api(?=[/?]|$)/, '');
      const write = auditedWrite(request.method, path.split('?')[0] || '/');
      return reply.from(`${upstreamPrefix}${path.startsWith('/') || path === '' ? path : `/${path}`}`, {
        rewriteRequestHeaders: (_request, headers) => {
          const forwarded = { ...headers };
          for (const name of DROPPED_REQUEST_HEADERS) delete forwarded[name];
          return Object.assign(forwarded, {
            host: upstream.host,
            authorization: authorizationOf(operator),
            [CONSOLE_HEADER]: '1',
          });
        },
        rewriteHeaders: browserHeaders,
        onResponse: async (proxiedRequest, proxied, response) => {
          // Credentials CallFire no longer accepts (disabled, deleted) end the session: sign in again.
          if (response.statusCode === 401 && !settings.operator) await sessions.end(sessionId);
          if (!write) return proxied.send(response.stream);
          const answer = await readAnswer(response.stream, proxied.getHeaders());
          // The change is made whatever happens to its log entry: the answer still goes back.
          await audit
            .append(auditEntryOf(operator, write, response.statusCode, answer))
            .catch((error: unknown) =>
              proxiedRequest.log.error({ err: error }, 'The activity log could not be written'),
            );
          return proxied.send(answer ?? response.stream);
        },
      });
    };
    proxy.all('/api', forward);
    proxy.all('/api/*', forward);
  });
}
