import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Box, LinearProgress, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { callAgainMutations, callAgainQuery, type ReadProgress } from '../../api/resources/callAgain';
import type { CallBroadcast } from '../../api/resources/broadcasts';
import type { TextBroadcast } from '../../api/resources/textBroadcasts';
import { FormChoices } from '../../components/form/FormChoices';
import { FormDialog } from '../../components/form/FormDialog';
import { useFormMutation } from '../../components/form/useFormMutation';
import {
  RETRYABLE_RESULTS,
  callAgainName,
  callBroadcastSettings,
  selectCallAgain,
  textBroadcastSettings,
} from '../../lib/callAgain';
import { CALL_RESULT_LABELS, type CallResult } from '../../lib/callOutcomes';
import { notify } from '../../lib/notifications';
import { TEXT_RESULT_LABELS, type TextResult } from '../../lib/textOutcomes';
import { KIND_WORDS, broadcastPath } from './broadcastKinds';

export type CallAgainSubject = { kind: 'voice'; broadcast: CallBroadcast } | { kind: 'text'; broadcast: TextBroadcast };

const callAgainSchema = z.object({
  results: z.array(z.string()).min(1, 'Choose at least one result'),
  target: z.enum(['batch', 'broadcast']),
});
type CallAgainValues = z.infer<typeof callAgainSchema>;

const resultLabel = (kind: CallAgainSubject['kind'], result: string) =>
  kind === 'voice' ? CALL_RESULT_LABELS[result as CallResult] : TEXT_RESULT_LABELS[result as TextResult];

const count = (value: number, unit: string) => `${value.toLocaleString()} ${unit}${value === 1 ? '' : 's'}`;

/**
 * Reads the broadcast's last results (with progress), shows how many numbers each retryable result
 * has, and sends the chosen ones again as a new batch or a new broadcast with the same settings.
 */
export function CallAgainDialog({ onClose, ...subject }: CallAgainSubject & { onClose: () => void }) {
  const { kind, broadcast } = subject;
  const id = broadcast.id!;
  const words = KIND_WORDS[kind];
  const navigate = useNavigate();
  const progressId = useId();
  const [progress, setProgress] = useState<ReadProgress>();
  const { data: candidates, error } = useQuery(callAgainQuery(kind, id, setProgress));
  const { control, handleSubmit, setError, formState } = useForm<CallAgainValues>({
    resolver: zodResolver(callAgainSchema),
    defaultValues: { results: [...RETRYABLE_RESULTS[kind]], target: 'batch' },
  });
  const chosen = useWatch({ control, name: 'results' });
  const asBatch = useFormMutation(callAgainMutations.asBatch(kind, id), setError, []);
  const asBroadcast = useFormMutation(callAgainMutations.asBroadcast(kind), setError, []);
  const selection = candidates && selectCallAgain(candidates, chosen);
  const name = callAgainName(broadcast.name || `Broadcast ${id}`);

  const submit = handleSubmit(({ target }) => {
    if (!selection?.numbers.length)
      return setError('root.server', { message: `No number of the chosen results to ${words.verb} again.` });
    const { numbers } = selection;
    const done = (createdId: number) => {
      notify(
        `${count(numbers.length, 'number')} will be ${words.verb === 'call' ? 'called' : 'texted'} again.`,
        'success',
      );
      onClose();
      if (createdId !== id) navigate(broadcastPath(kind, createdId));
    };
    if (target === 'batch') asBatch.mutate({ name, numbers }, { onSuccess: done });
    else {
      const settings =
        subject.kind === 'voice' ? callBroadcastSettings(subject.broadcast) : textBroadcastSettings(subject.broadcast);
      asBroadcast.mutate({ settings: { ...settings, name }, numbers }, { onSuccess: done });
    }
  });

  const pending = !selection || asBatch.isPending || asBroadcast.isPending;
  return (
    <FormDialog
      title={`${words.verb === 'call' ? 'Call' : 'Text'} again`}
      description={`Choose whose last result to try again. Numbers now on the ${words.blockedList} are left out.`}
      submitLabel={
        selection
          ? `${words.verb === 'call' ? 'Call' : 'Text'} ${count(selection.numbers.length, 'number')}`
          : 'Reading…'
      }
      onSubmit={submit}
      onClose={onClose}
      pending={pending}
      formError={formState.errors.root?.server?.message}
    >
      {error ? (
        <Alert severity="error">The last results could not be read: {error.message}</Alert>
      ) : !selection ? (
        <Box>
          <Typography variant="body2" id={progressId} gutterBottom>
            {progress
              ? `Reading the last results: ${progress.read.toLocaleString()} of ${progress.total.toLocaleString()} ${words.unit}`
              : `Reading the last results…`}
          </Typography>
          <LinearProgress
            aria-labelledby={progressId}
            variant={progress?.total ? 'determinate' : 'indeterminate'}
            value={progress?.total ? (100 * progress.read) / progress.total : undefined}
          />
        </Box>
      ) : (
        <Stack spacing={3}>
          <FormChoices
            multiple
            control={control}
            name="results"
            legend="Last result"
            options={RETRYABLE_RESULTS[kind].map((result) => ({
              value: result,
              label: `${resultLabel(kind, result)}: ${count(selection.counts[result] ?? 0, 'number')}`,
            }))}
          />
          <FormChoices
            control={control}
            name="target"
            legend="Send as"
            options={[
              { value: 'batch', label: `A new batch of this broadcast ("${name}"), started at once` },
              { value: 'broadcast', label: `A new broadcast with the same settings ("${name}"), started at once` },
            ]}
          />
          <Alert severity={selection.numbers.length ? 'info' : 'warning'} role="status">
            {count(selection.numbers.length, 'number')} to {words.verb} again
            {selection.leftOut > 0 && `; ${count(selection.leftOut, 'number')} on the ${words.blockedList} left out`}.
          </Alert>
        </Stack>
      )}
    </FormDialog>
  );
}
