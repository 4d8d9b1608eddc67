import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { sandboxGet, sandboxPost } from './support/sandboxApi';
import { advanceClock, runBroadcastUntil } from './support/simulation';

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

test("the schedule preview counts the recipients of each time zone and shows a schedule in each zone's hours", async ({
  page,
}) => {
  await page.goto('/broadcasts/voice/new');
  await expect(page.getByRole('heading', { level: 1, name: 'New voice broadcast' })).toBeVisible();
  // Two numbers in New York, one in Chicago, three in Los Angeles.
  await page
    .getByLabel('Phone numbers')
    .fill(
      ['(212) 555-0100', '(646) 555-0101', '(312) 555-0102', '(213) 555-0103', '(310) 555-0104', '(818) 555-0105'].join(
        '\n',
      ),
    );
  await page.getByRole('button', { name: 'Add schedule' }).click();
  const table = page.getByRole('table', { name: 'Schedule preview by time zone' });
  const row = (zone: string) =>
    table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: zone, exact: true }) });
  await expect(row('Eastern').getByRole('cell').first()).toHaveText('2');
  await expect(row('Central').getByRole('cell').first()).toHaveText('1');
  await expect(row('Pacific').getByRole('cell').first()).toHaveText('3');
  await expect(row('Mountain').getByRole('cell').first()).toHaveText('0');
  // The new schedule is weekdays 09:00–17:00 New York time: 06:00–14:00 in Los Angeles, closed at weekends.
  await expect(row('Eastern').getByRole('cell').nth(1)).toHaveText('09:00–17:00');
  await expect(row('Pacific').getByRole('cell').nth(1)).toHaveText('06:00–14:00');
  await expect(row('Pacific').getByRole('cell').nth(6)).toHaveText('Closed');
});

test('call me first sends the broadcast to one number and shows the result', async ({ page, request }) => {
  const exchange = 700 + Math.floor(Math.random() * 200);
  const { id } = await sandboxPost<{ id: number }>(request, '/calls/broadcasts', {
    name: `Test first ${exchange}`,
    fromNumber: '12135550111',
    sounds: { liveSoundText: 'Hello from the test call.' },
  });
  await page.goto(`/broadcasts/voice/${id}`);
  await page.getByRole('button', { name: 'Call me first' }).click();
  const dialog = page.getByRole('dialog', { name: 'Call me first' });
  // The sandbox answers a number ending in 42 live.
  await dialog.getByLabel('Your phone number').fill(`(213) ${exchange}-0142`);
  await dialog.getByRole('button', { name: 'Call me' }).click();
  await expect(dialog.getByRole('status')).toContainText(`Test call to (213) ${exchange}-0142`);
  await advanceClock(request, 5 * 60 * 1000);
  await expect(dialog.getByRole('status')).toContainText('Live answer');
  const sent = await sandboxGet<{ items: CallRow[] }>(request, `/calls?toNumber=1213${exchange}0142`);
  expect(sent.items).toHaveLength(1);
  expect(sent.items[0].state).toBe('FINISHED');
  // A test call is not part of the broadcast: its statistics stay untouched.
  expect((await callsOf(request, id)).length).toBe(0);
});
