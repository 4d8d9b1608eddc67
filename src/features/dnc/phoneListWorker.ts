/// <reference lib="webworker" />
import { parsePhoneList } from '../../lib/phone';
import { numbersFromCsv } from './csvNumbers';
import type { ParseReply, ParseRequest } from './parseOffThread';

// Reading tens of thousands of numbers takes long enough to freeze typing, so it happens here.
self.onmessage = (event: MessageEvent<ParseRequest>) => {
  const { id, kind, text } = event.data;
  const reply: ParseReply =
    kind === 'list' ? { id, kind, result: parsePhoneList(text) } : { id, kind, result: numbersFromCsv(text) };
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(reply);
};
