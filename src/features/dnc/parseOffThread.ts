import { parsePhoneList, type PhoneListParse } from '../../lib/phone';
import { numbersFromCsv, type CsvNumbers } from './csvNumbers';

export type ParseRequest = { id: number; kind: 'list' | 'csv'; text: string };
export type ParseReply =
  { id: number; kind: 'list'; result: PhoneListParse } | { id: number; kind: 'csv'; result: CsvNumbers };

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, (reply: ParseReply) => void>();

function parseInWorker(kind: ParseRequest['kind'], text: string): Promise<ParseReply> {
  if (!worker) {
    worker = new Worker(new URL('./phoneListWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ParseReply>) => {
      pending.get(event.data.id)?.(event.data);
      pending.delete(event.data.id);
    };
  }
  const id = nextId++;
  const request: ParseRequest = { id, kind, text };
  return new Promise((resolve) => {
    pending.set(id, resolve);
    worker!.postMessage(request);
  });
}

const hasWorkers = typeof Worker !== 'undefined';

/** parsePhoneList on a worker thread, so a paste of 50,000 numbers never blocks the page. */
export async function parsePhoneListOffThread(text: string): Promise<PhoneListParse> {
  if (!hasWorkers) return parsePhoneList(text);
  const reply = await parseInWorker('list', text);
  return reply.result as PhoneListParse;
}

/** numbersFromCsv on a worker thread. */
export async function numbersFromCsvOffThread(text: string): Promise<CsvNumbers> {
  if (!hasWorkers) return numbersFromCsv(text);
  const reply = await parseInWorker('csv', text);
  return reply.result as CsvNumbers;
}
