import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import { areas as allAreas } from './areas';
import type { Handler, OperationId, SandboxArea, SandboxContext } from './context';
import { WallClock, type SandboxClock } from './clock';
import type { SandboxConfig } from './config';
import { loadContract } from './contract';
import { migrate, openDatabase } from './db/database';
import { type Credentials, isSandboxLogin, parseBasicAuth, sameSecret } from './http/auth';
import { isValidApiCredential } from './db/apiCredentials';
import { pendingVerificationCode } from './db/callerIds';
import { CONSOLE_HEADER } from '../shared/consoleHeader';
import { CoverageRecorder } from './http/coverage';
import { handleClientError, handleError, handleFrameworkError, sendError } from './http/errors';
import { registerTestControl } from './http/testControl';
import { type FieldSelection, omitNulls, parseFields, projectFields, withCreatedIds } from './http/fields';
import { shapeResponse } from './http/responseShape';
import type { JsonSchema } from './http/schema';
import { registerInboundCalls } from './areas/numbers/inboundCall';
import { validatorCompiler } from './http/validation';
import { CampaignEngine } from './simulator/campaignEngine';
import { isOnDoNotContactList } from './simulator/doNotContact';

export interface SandboxOptions {
  config: SandboxConfig;
  logger?: boolean;
  areas?: SandboxArea[];
  /** The OpenAPI text to serve; the project's contract unless a test brings its own. */
  contractSource?: string;
  /** Simulated time; a wall clock running at `config.speed` unless a test brings a manual one. */
  clock?: SandboxClock;
  /** How long a connection may stay silent, and a request may take to arrive whole; tests shorten them. */
  timeouts?: Partial<SandboxTimeouts>;
}

export interface SandboxTimeouts {
  /** A connection with no traffic either way for this long is closed. */
  idleMs: number;
  /** A request whose headers and body have not all arrived after this long is answered 408 and closed. */
  requestMs: number;
  /** How often Node looks for requests over `requestMs`. */
  checkEveryMs: number;
}

// A request must arrive whole within two minutes (generous for a 20 MB upload over a slow link), so a
// stalled body no longer holds its connection forever. The idle limit is longer than any answer takes to
// make (long speech on a busy machine), since the connection is silent while the sandbox works.
const DEFAULT_TIMEOUTS: SandboxTimeouts = { idleMs: 10 * 60_000, requestMs: 120_000, checkEveryMs: 5_000 };

declare module 'fastify' {
  interface FastifyContextConfig {
    operationId?: string;
    /** The contract's schema of the success answer, which answers are shaped by. */
    responseSchema?: JsonSchema;
  }
  interface FastifyRequest {
    fieldSelection?: FieldSelection;
    /** The account the request's credentials belong to. */
    account?: SandboxContext;
    /** True when it authenticated with an API credential rather than the account's own login. */
    viaApiCredential?: boolean;
  }
}

const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** Builds the sandbox: opens, migrates and seeds each account's database, and registers every contract route. */
export async function buildSandbox({
  config,
  logger = false,
  areas = allAreas,
  contractSource,
  clock = new WallClock(config.speed),
  timeouts,
}: SandboxOptions): Promise<FastifyInstance> {
  const accounts = [
    config,
    ...config.otherAccounts.map((other) => ({ ...config, ...other, seed: 'empty' as const })),
  ].map((accountConfig) => openAccount(accountConfig, areas, clock));
  // Test control drives the first account's broadcasts; the clock it moves is every account's.
  const context = accounts[0];

  const handlers = new Map<string, Handler<OperationId>>();
  for (const area of areas) {
    for (const [operationId, handler] of Object.entries(area.handlers)) {
      handlers.set(operationId, handler as Handler<OperationId>);
    }
  }

  const coverage = new CoverageRecorder();
  const { idleMs, requestMs, checkEveryMs } = { ...DEFAULT_TIMEOUTS, ...timeouts };
  const app = Fastify({
    logger,
    bodyLimit: 10 * 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
    connectionTimeout: idleMs,
    requestTimeout: requestMs,
    // Node only enforces a request timeout given when its server is made, so it is passed here as well.
    http: { connectionsCheckingInterval: checkEveryMs, requestTimeout: requestMs },
    frameworkErrors: handleFrameworkError,
    clientErrorHandler: handleClientError,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setErrorHandler(handleError);
  app.setNotFoundHandler((request, reply) =>
    sendError(reply, 404, `No resource at ${request.method} ${request.url.split('?')[0]}`),
  );

  // Bodiless POSTs (start, stop, archive…) may still say they are JSON; an empty body is no body.
  app.removeContentTypeParser('application/json');
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (body === '') return done(null, undefined);
    parseJson(request, body as string, done);
  });
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } });

  app.get('/health', () => ({ status: 'ok' }));
  app.get('/__sandbox/coverage', () => ({ operations: coverage.report() }));
  if (config.testControl) registerTestControl(app, context);
  // Stands in for answering the verification call: the account (its own login only) reads the code.
  app.get<{ Params: { number: string } }>('/__sandbox/callerids/:number/verification-code', async (request, reply) => {
    const credentials = parseBasicAuth(request.headers.authorization);
    const match = credentials && authenticate(accounts, credentials);
    if (!match || match.viaApiCredential) return sendError(reply, 401, "Use the account's own login");
    const code = pendingVerificationCode(match.account.db, request.params.number, match.account.now());
    if (!code) return sendError(reply, 404, `No verification code is waiting for ${request.params.number}`);
    return { verificationCode: code };
  });
  registerInboundCalls(app, context, (header) => isSandboxLogin(parseBasicAuth(header), config));

  await app.register(
    async (v2) => {
      v2.addHook('onRequest', async (request, reply) => {
        const credentials = parseBasicAuth(request.headers.authorization);
        const match = credentials && authenticate(accounts, credentials);
        if (!match) {
          reply.header('www-authenticate', 'Basic realm="CallFire sandbox"');
          return sendError(
            reply,
            401,
            credentials
              ? 'Invalid API credentials'
              : 'Authentication required: use HTTP Basic auth with API credentials',
          );
        }
        request.account = match.account;
        request.viaApiCredential = match.viaApiCredential;
      });
      // These hooks never wait, so they take Fastify's callback rather than returning a promise each request.
      // The selector is parsed before the handler runs, so a malformed one is a 400 and nothing is changed.
      v2.addHook('preHandler', (request, _reply, done) => {
        const { fields } = (request.query ?? {}) as { fields?: string };
        if (fields) request.fieldSelection = parseFields(fields);
        done();
      });
      // The response writer: unset fields out, CallFire's defaults in, empty lists out, then `fields`.
      // An ErrorResponse is always sent whole.
      v2.addHook('preSerialization', (request, reply, payload, done) => {
        done(null, answerShape(request, reply.statusCode, payload));
      });
      v2.addHook('onResponse', (request, reply, done) => {
        const operationId = request.routeOptions.config.operationId;
        if (operationId && reply.statusCode !== 401)
          coverage.record(operationId, request.headers[CONSOLE_HEADER] !== undefined);
        done();
      });

      for (const operation of loadContract(contractSource)) {
        const handler = handlers.get(operation.operationId);
        if (!handler) continue;
        v2.route({
          method: operation.method,
          url: operation.routeUrl,
          schema: operation.schema,
          config: { operationId: operation.operationId, responseSchema: operation.responseSchema },
          handler: async (request, reply) => {
            const result = await handler(request as never, reply, request.account!);
            if (reply.sent) return reply;
            // An operation with nothing to say answers with an empty body (200 by default, 204 where set).
            return result === undefined ? reply.send() : result;
          },
        });
      }
    },
    { prefix: '/v2' },
  );

  const stops = accounts.flatMap((account) => [
    clock.add(account.engine.ticker(account.db, account.now)),
    ...areas.flatMap((area) => (area.start ? [area.start(account)] : [])),
  ]);
  // Work reaches the simulators only through writes (a broadcast started, calls sent, a list imported):
  // after each one the clock looks at once, and otherwise sleeps until something is due.
  app.addHook('onResponse', async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') clock.wake();
  });
  app.addHook('onClose', async () => {
    stops.forEach((stop) => stop());
    clock.stop();
    accounts.forEach((account) => account.db.close());
  });
  // Routes and their validators compile here, so no request (a test's first, say) pays for it.
  await app.ready();
  return app;
}

/** What the response writer sends for `payload` (see the preSerialization hook). */
function answerShape(request: FastifyRequest, statusCode: number, payload: unknown): unknown {
  const { responseSchema } = request.routeOptions.config;
  if (statusCode >= 400) return omitNulls(payload);
  const shaped = responseSchema ? shapeResponse(responseSchema, payload) : omitNulls(payload);
  const selection = request.fieldSelection;
  if (!selection) return shaped;
  return projectFields(shaped, request.method === 'POST' ? withCreatedIds(selection) : selection);
}

/** Opens, migrates and (when new) seeds one account's database. */
function openAccount(config: SandboxConfig, areas: SandboxArea[], clock: SandboxClock): SandboxContext {
  const db = openDatabase(config.dbPath);
  migrate(
    db,
    areas.flatMap((area) => area.migrations),
  );
  const engine = new CampaignEngine({ isBlocked: isOnDoNotContactList });
  const context: SandboxContext = { db, config, clock, now: () => clock.now(), engine };
  for (const area of areas) area.channels?.(context).forEach((channel) => engine.register(channel));
  const isNew =
    !db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'account'").get() ||
    !db.prepare('SELECT 1 FROM account').get();
  if (isNew) db.transaction(() => areas.forEach((area) => area.seed?.(context, config.seed)))();
  return context;
}

/** The account these credentials open: its own login, or one of its enabled API credentials. */
function authenticate(accounts: SandboxContext[], { login, password }: Credentials) {
  for (const account of accounts) {
    const { config, db } = account;
    if (sameSecret(login, config.login) && sameSecret(password, config.password)) {
      return { account, viaApiCredential: false };
    }
    if (isValidApiCredential(db, login, password)) return { account, viaApiCredential: true };
  }
  return undefined;
}
