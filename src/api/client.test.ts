import { describe, expect, it } from 'vitest';
import { ApiError } from './ApiError';
import { createCallfireClient, unwrap } from './client';
import { fieldsParam } from './fields';

function clientAnswering(respond: (request: Request) => Response | Promise<Response>) {
  const requests: Request[] = [];
  const client = createCallfireClient('http://console.test/api', async (input) => {
    const request = input as Request;
    requests.push(request);
    return respond(request);
  });
  return { client, requests };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('CallFire client', () => {
  it('calls the relative API base and returns the parsed body', async () => {
    const { client, requests } = clientAnswering(() => json({ id: 7, name: 'Acme' }));
    await expect(unwrap(client.GET('/me/account'))).resolves.toEqual({ id: 7, name: 'Acme' });
    expect(requests[0].url).toBe('http://console.test/api/me/account');
  });

  it('turns a CallFire ErrorResponse into an ApiError with every field', async () => {
    const { client } = clientAnswering(() =>
      json(
        {
          httpStatusCode: 404,
          internalCode: 7,
          message: 'Account not found',
          developerMessage: 'no row',
          helpLink: 'https://x',
        },
        404,
      ),
    );
    const error = await unwrap(client.GET('/me/account')).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 404,
      internalCode: 7,
      message: 'Account not found',
      developerMessage: 'no row',
      helpLink: 'https://x',
      isClientError: true,
    });
  });

  it('gives a readable message when the error body is not JSON', async () => {
    const { client } = clientAnswering(() => new Response('<html>Bad gateway</html>', { status: 502 }));
    await expect(unwrap(client.GET('/me/account'))).rejects.toMatchObject({
      status: 502,
      message: 'The CallFire API could not be reached.',
      isClientError: false,
    });
  });

  it('reports a network failure as an ApiError with status 0', async () => {
    const { client } = clientAnswering(() => {
      throw new TypeError('Failed to fetch');
    });
    await expect(unwrap(client.GET('/me/account'))).rejects.toMatchObject({
      status: 0,
      message: expect.stringMatching(/could not reach/),
    });
  });

  it.each([
    ['204 No Content', () => new Response(null, { status: 204 })],
    ['an empty 200', () => new Response('', { status: 200, headers: { 'content-type': 'application/json' } })],
    ['a 200 with Content-Length 0', () => new Response('', { status: 200, headers: { 'content-length': '0' } })],
  ])('treats %s as success with no data', async (_name, respond) => {
    const { client } = clientAnswering(respond);
    await expect(unwrap(client.GET('/me/account'))).resolves.toBeUndefined();
  });

  it('sends a fields selection as the fields query parameter', async () => {
    const { client, requests } = clientAnswering(() => json({ id: 1 }));
    await unwrap(client.GET('/me/account', { params: { query: { fields: fieldsParam(['id', 'name']) } } }));
    expect(new URL(requests[0].url).searchParams.get('fields')).toBe('id,name');
  });
});

describe('fieldsParam', () => {
  it('serialises nested selections the way CallFire reads them', () => {
    expect(fieldsParam(['totalCount', { items: ['id', { contact: ['homePhone'] }] }])).toBe(
      'totalCount,items(id,contact(homePhone))',
    );
  });
});
