import type { FastifyReply, FastifyRequest } from 'fastify';
import type { operations } from '../shared/schema';
import type { SandboxConfig } from './config';
import type { Db, Migration } from './db/database';

/** What every handler and simulator shares: the database, the settings and the sandbox's clock. */
export interface SandboxContext {
  db: Db;
  config: SandboxConfig;
  /** Epoch milliseconds; one place to read time so simulations can be reasoned about. */
  now(): number;
}

export type OperationId = keyof operations;
type Operation<K extends OperationId> = operations[K];
type Defined<T> = Exclude<T, undefined>;

type QueryOf<K extends OperationId> = Operation<K>['parameters'] extends { query?: infer Q } ? Defined<Q> : never;
type ParamsOf<K extends OperationId> = Operation<K>['parameters'] extends { path?: infer P } ? Defined<P> : never;
type BodyOf<K extends OperationId> =
  Operation<K> extends { requestBody?: { content: { 'application/json': infer B } } } ? B : unknown;

export type HandlerRequest<K extends OperationId> = FastifyRequest<{
  Querystring: QueryOf<K>;
  Params: ParamsOf<K>;
  Body: BodyOf<K>;
}>;

/** A handler returns the body to send (JSON) or nothing for an empty answer; it sets other statuses on `reply`. */
export type Handler<K extends OperationId> = (
  request: HandlerRequest<K>,
  reply: FastifyReply,
  context: SandboxContext,
) => unknown;

export type Handlers = { [K in OperationId]?: Handler<K> };

/** One CallFire area of the sandbox: its tables, its operations and its demo data. */
export interface SandboxArea {
  name: string;
  migrations: Migration[];
  handlers: Handlers;
  /** Fills a brand-new database; `demo` adds realistic data, `empty` only what the area cannot do without. */
  seed?(context: SandboxContext, kind: SandboxConfig['seed']): void;
  /** Starts background work (simulators); returns the function that stops it. */
  start?(context: SandboxContext): () => void;
}
