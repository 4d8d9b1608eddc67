import type { FastifyReply } from 'fastify';

/** CallFire's error body, so the console shows its server's own refusals like any API error. */
export function sendError(reply: FastifyReply, status: number, message: string) {
  return reply.code(status).type('application/json').send({ httpStatusCode: status, internalCode: 0, message });
}
