import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { sandboxGet, sandboxPost } from './support/sandboxApi';
import { runBroadcastUntil } from './support/simulation';

/** Numbers of an exchange of their own; the sandbox decides each result by the last two digits (README). */
const numberEnding = (exchange: number, lastTwo: string) => `1213${exchange}01${lastTwo}`;

interface CallRow {
  id: number;
  toNumber: string;
  state: string;
  finalCallResult?: string;
  batchId?: number;
}

/** A voice broadcast made and run to its end straight through the sandbox: setup, not what is tested. */
async function finishedBroadcast(request: APIRequestContext, name: string, numbers: string[]) {
  const { id } = await sandboxPost<{ id: number }>(request, '/calls/broadcasts?start=true', {
    name,
    fromNumber: '12135550111',
    sounds: { liveSoundText: 'Hello again.', machineSoundText: 'Sorry we missed you.' },
    maxActive: 10,
    recipients: numbers.map((phoneNumber) => ({ phoneNumber })),
  });
  await runBroadcastUntil(request, id, 'FINISHED');
  return id;
}

const callsOf = async (request: APIRequestContext, id: number) =>
  (await sandboxGet<{ items: CallRow[] }>(request, `/calls?campaignId=${id}&limit=100`)).items;

test('a broadcast finished with busy and unanswered calls is called again, and only those numbers are dialled', async ({
  page,
  request,
}) => {
  const exchange = 700 + Math.floor(Math.random() * 200);
  const answered = numberEnding(exchange, '00');
  const machine = numberEnding(exchange, '55');
  const busy = [numberEnding(exchange, '75'), numberEnding(exchange, '77')];
  const unanswered = [numberEnding(exchange, '85'), numberEnding(exchange, '87')];
  const name = `Spring drive ${exchange}`;
  const id = await finishedBroadcast(request, name, [answered, machine, ...busy, ...unanswered]);
  // One busy number asks not to be called after the run: calling again leaves it out.
  await sandboxPost(request, '/contacts/dncs', { numbers: [busy[1]], call: true, text: true, source: 'e2e' });

  await page.goto(`/broadcasts/voice/${id}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await page.getByRole('button', { name: 'Call again', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Call again' });
  await expect(dialog.getByLabel('Busy: 2 numbers')).toBeChecked();
  await expect(dialog.getByLabel('No answer: 2 numbers')).toBeChecked();
  await expect(dialog.getByLabel('Answering machine: 1 number')).toBeChecked();
  await dialog.getByLabel('Answering machine: 1 number').uncheck();
  await expect(dialog.getByRole('status')).toHaveText(
    '3 numbers to call again; 1 number on the do-not-call list left out.',
  );
  await expect(dialog.getByLabel(/A new batch of this broadcast/)).toBeChecked();
  await dialog.getByRole('button', { name: 'Call 3 numbers' }).click();
  await expect(dialog).toBeHidden();

  await runBroadcastUntil(request, id, 'FINISHED');
  const calls = await callsOf(request, id);
  const firstBatch = Math.min(...calls.map((call) => call.batchId ?? 0));
  const again = calls.filter((call) => call.batchId !== firstBatch);
  expect(again.map((call) => call.toNumber).sort()).toEqual([busy[0], ...unanswered].sort());
  expect(again.every((call) => call.state === 'FINISHED' && call.finalCallResult)).toBe(true);
  await expect(page.getByRole('region', { name: 'Batches' }).getByText(`${name} – again`)).toBeVisible();
});
