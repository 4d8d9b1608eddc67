import { z } from 'zod';
import type { Schema } from '../../api/types';
import { parsePhoneList } from '../../lib/phone';
import { phoneListText } from '../../lib/phoneListProblem';
import type { ServerFieldMap } from '../../lib/serverFieldErrors';

const common = { name: z.string().trim().max(255), scrubDuplicates: z.boolean() };

/** A new batch: from a contact list or from pasted numbers. */
export const batchFormSchema = z.discriminatedUnion('source', [
  z.object({
    ...common,
    source: z.literal('list'),
    listId: z.string().min(1, 'Choose a contact list'),
    numbers: z.string(),
  }),
  z.object({ ...common, source: z.literal('numbers'), listId: z.string(), numbers: phoneListText() }),
]);

export type BatchFormValues = z.infer<typeof batchFormSchema>;

export const emptyBatchForm: BatchFormValues = {
  name: '',
  source: 'list',
  listId: '',
  numbers: '',
  scrubDuplicates: true,
};

export function batchRequestOf(values: BatchFormValues): Schema<'BatchRequest'> {
  return {
    name: values.name || undefined,
    ...(values.source === 'list'
      ? { contactListId: Number(values.listId) }
      : { recipients: parsePhoneList(values.numbers).numbers.map((phoneNumber) => ({ phoneNumber })) }),
    scrubDuplicates: values.scrubDuplicates,
  };
}

export const BATCH_SERVER_FIELDS: ServerFieldMap<BatchFormValues> = {
  name: 'name',
  contactListId: 'listId',
  recipients: 'numbers',
};
