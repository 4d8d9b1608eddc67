import Fastify, { type FastifyInstance } from 'fastify';
import multipart from '@fastify/multipart';
import { areas as allAreas } from './areas';
import type { Handler, OperationId, SandboxArea, SandboxContext } from './context';
import { WallClock, type SandboxClock } from './clock';
import type { SandboxConfig } from './config';
import { loadContract } from './contract';
import { migrate, openDatabase } from './db/database';
import { parseBasicAuth, sameSecret } from './http/auth';
import { CONSOLE_HEADER } from '../shared/consoleHeader';
import { CoverageRecorder } from './http/coverage';
import { handleError, sendError } from './http/errors';
import { type FieldSelection, omitNulls, parseFields, projectFields } from './http/fields';
import { registerTestControl } from './http/testControl';
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
}

declare module 'fastify' {
  interface FastifyContextConfig {
    operationId?: string;
  }
  interface FastifyRequest {
    fieldSelection?: FieldSelection;
  }
}

const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** Builds the sandbox: opens and migrates the database, seeds a new one, and registers every contract route. */
export async function buildSandbox({
  config,
  logger = false,
  areas = allAreas,
  contractSource,
  clock = new WallClock(config.speed),
}: SandboxOptions): Promise<FastifyInstance> {
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

  const handlers = new Map<string, Handler<OperationId>>();
  for (const area of areas) {
    for (const [operationId, handler] of Object.entries(area.handlers)) {
      handlers.set(operationId, handler as Handler<OperationId>);
    }
  }

  const coverage = new CoverageRecorder();
  const app = Fastify({ logger, bodyLimit: 10 * 1024 * 1024, routerOptions: { ignoreTrailingSlash: true } });
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

  await app.register(
    async (v2) => {
      v2.addHook('onRequest', async (request, reply) => {
        const credentials = parseBasicAuth(request.headers.authorization);
        const valid =
          credentials &&
          sameSecret(credentials.login, config.login) &&
          sameSecret(credentials.password, config.password);
        if (!valid) {
          reply.header('www-authenticate', 'Basic realm="CallFire sandbox"');
          return sendError(
            reply,
            401,
            credentials
              ? 'Invalid API credentials'
              : 'Authentication required: use HTTP Basic auth with API credentials',
          );
        }
      });
      // The selector is parsed before the handler runs, so a malformed one is a 400 and nothing is changed.
      v2.addHook('preHandler', async (request) => {
        const { fields } = (request.query ?? {}) as { fields?: string };
        if (fields) request.fieldSelection = parseFields(fields);
      });
      v2.addHook('preSerialization', async (request, reply, payload) => {
        const cleaned = omitNulls(payload);
        // `fields` selects from the resource; an ErrorResponse is always sent whole.
        const projected = request.fieldSelection && reply.statusCode < 400;
        return projected ? projectFields(cleaned, request.fieldSelection!) : cleaned;
      });
      v2.addHook('onResponse', async (request, reply) => {
        const operationId = request.routeOptions.config.operationId;
        if (operationId && reply.statusCode !== 401)
          coverage.record(operationId, request.headers[CONSOLE_HEADER] !== undefined);
      });

      for (const operation of loadContract(contractSource)) {
        const handler = handlers.get(operation.operationId);
        if (!handler) continue;
        v2.route({
          method: operation.method,
          url: operation.routeUrl,
          schema: operation.schema,
          config: { operationId: operation.operationId },
          handler: async (request, reply) => {
            const result = await handler(request as never, reply, context);
            if (reply.sent) return reply;
            // An operation with nothing to say answers with an empty body (200 by default, 204 where set).
            return result === undefined ? reply.send() : result;
          },
        });
      }
    },
    { prefix: '/v2' },
  );

  const stops = [
    clock.add(engine.ticker(db, context.now)),
    ...areas.flatMap((area) => (area.start ? [area.start(context)] : [])),
  ];
  app.addHook('onClose', async () => {
    stops.forEach((stop) => stop());
    clock.stop();
    db.close();
  });
  return app;
}
