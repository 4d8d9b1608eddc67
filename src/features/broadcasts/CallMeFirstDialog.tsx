import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { CallBroadcast } from '../../api/resources/broadcasts';
import { callMutations, callQuery } from '../../api/resources/calls';
import type { TextBroadcast } from '../../api/resources/textBroadcasts';
import { textMutations, textQuery } from '../../api/resources/texts';
import { CallResultChip, CallStateChip } from '../../components/CallChips';
import { FormDialog } from '../../components/form/FormDialog';
import { FormTextField } from '../../components/form/FormTextField';
import { useFormMutation } from '../../components/form/useFormMutation';
import { TextResultChip } from '../../components/TextChips';
import { formatPhone, normalizePhone } from '../../lib/phone';
import { testCallOf, testTextOf } from './testMessage';

/** The broadcast as it would go out now: the saved one on its page, the form's values on the form. */
export type CallMeFirstSource =
  { kind: 'voice'; broadcastOf: () => CallBroadcast } | { kind: 'text'; broadcastOf: () => TextBroadcast };

const schema = z.object({
  phoneNumber: z.string().superRefine((value, context) => {
    const parsed = normalizePhone(value);
    if (!parsed.ok) context.addIssue({ code: 'custom', message: parsed.reason });
  }),
});
type Values = z.infer<typeof schema>;

/** sendCalls' and sendTexts' errors about the one recipient go beside the number. */
const SERVER_FIELDS = { 'body.phoneNumber': 'phoneNumber' } as const;

export function CallMeFirstDialog({ onClose, ...source }: CallMeFirstSource & { onClose: () => void }) {
  const { control, handleSubmit, setError, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { phoneNumber: '' },
  });
  const sendCall = useFormMutation(callMutations.send(), setError, SERVER_FIELDS);
  const sendText = useFormMutation(textMutations.send(), setError, SERVER_FIELDS);
  const [sentId, setSentId] = useState<number>();
  const voice = source.kind === 'voice';

  const submit = handleSubmit(({ phoneNumber }) => {
    const parsed = normalizePhone(phoneNumber);
    if (!parsed.ok) return;
    const onSuccess = ({ items }: { items: { id?: number }[] }) => setSentId(items[0]?.id);
    if (source.kind === 'voice')
      sendCall.mutate(
        { recipients: [{ ...testCallOf(source.broadcastOf()), phoneNumber: parsed.number }], query: {} },
        { onSuccess },
      );
    else
      sendText.mutate(
        { recipients: [{ ...testTextOf(source.broadcastOf()), phoneNumber: parsed.number }], query: {} },
        { onSuccess },
      );
  });

  return (
    <FormDialog
      title={voice ? 'Call me first' : 'Text me first'}
      description={
        voice
          ? "The broadcast's messages are played in one call to your number, with its caller id and transfer key, before anyone else is called."
          : "The broadcast's message is texted to your number from its sender before anyone else is texted."
      }
      submitLabel={sentId === undefined ? (voice ? 'Call me' : 'Text me') : voice ? 'Call again' : 'Text again'}
      onSubmit={(event) => {
        // The dialog is portalled out of the broadcast form's DOM, but React still bubbles its submit there.
        event.stopPropagation();
        void submit(event);
      }}
      onClose={onClose}
      pending={sendCall.isPending || sendText.isPending}
      formError={formState.errors.root?.server?.message}
    >
      <Stack spacing={2}>
        <FormTextField control={control} name="phoneNumber" label="Your phone number" required autoFocus />
        {sentId !== undefined && <TestResult voice={voice} id={sentId} />}
      </Stack>
    </FormDialog>
  );
}

/** Where the test stands: sending, then its result (the call or text query polls until it settles). */
function TestResult({ voice, id }: { voice: boolean; id: number }) {
  const call = useQuery({ ...callQuery(id), enabled: voice });
  const text = useQuery({ ...textQuery(id), enabled: !voice });
  const sent = voice ? call.data : text.data;
  return (
    <Alert severity={sent?.state === 'FINISHED' ? 'success' : 'info'} role="status" icon={false}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="body2">
          {voice ? 'Test call' : 'Test text'} to {formatPhone(sent?.toNumber)}:
        </Typography>
        <CallStateChip state={sent?.state} />
        {voice ? (
          <CallResultChip result={call.data?.finalCallResult} />
        ) : (
          <TextResultChip result={text.data?.finalTextResult} />
        )}
      </Stack>
    </Alert>
  );
}
