import type { FastifyReply, FastifyRequest } from 'fastify';
import type { operations } from '../src/api/schema';
import type { SandboxClock } from './clock';
import type { SandboxConfig } from './config';
import type { Db, Migration } from './db/database';
import type { CampaignEngine, Channel } from './simulator/campaignEngine';

/** What every handler and simulator shares: the database, the settings, the clock and the campaign engine. */
export interface SandboxContext {
  db: Db;
  config: SandboxConfig;
  /** Simulated time in epoch milliseconds (`clock.now()`); one place to read time, so tests control it. */
  now(): number;
  clock: SandboxClock;
  /** The campaign engine with every area's channel registered; the sandbox runs it on the clock. */
  engine: CampaignEngine;
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
  /** The campaign channels (voice, text) the area brings to the engine. */
  channels?(context: SandboxContext): Channel[];
  /** Starts background work (registers tickers with `context.clock`); returns the function that stops it. */
  start?(context: SandboxContext): () => void;
}
