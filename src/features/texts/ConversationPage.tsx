import { zodResolver } from '@hookform/resolvers/zod';
import { Box, Button, Link, Paper, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { Link as RouterLink, useParams } from 'react-router';
import { z } from 'zod';
import { textMutations, textsQuery, type Text } from '../../api/resources/texts';
import { Page } from '../../components/Page';
import { PageSkeleton } from '../../components/PageSkeleton';
import { TextMessageField } from '../../components/TextMessageField';
import { SHARED_SHORT_CODE } from '../../components/TextSenderSelect';
import { useFormMutation } from '../../components/form/useFormMutation';
import { formatDateTime } from '../../lib/format';
import { formatPhone } from '../../lib/phone';
import { TEXT_RESULT_LABELS } from '../../lib/textOutcomes';
import { chronological } from './conversations';

/** Replies arrive on their own; the thread looks for them at this pace. */
const THREAD_REFRESH_MS = 3000;
const THREAD_LENGTH = 500;

const replySchema = z.object({ message: z.string().trim().min(1, 'Write a message') });
type ReplyForm = z.infer<typeof replySchema>;

function Bubble({ text }: { text: Text }) {
  const mine = !text.inbound;
  return (
    <Stack sx={{ alignItems: mine ? 'flex-end' : 'flex-start' }}>
      <Paper
        variant="outlined"
        sx={{
          p: 1.5,
          maxWidth: { xs: '90%', sm: '70%' },
          bgcolor: mine ? 'primary.main' : 'background.paper',
          color: mine ? 'primary.contrastText' : 'text.primary',
          whiteSpace: 'pre-wrap',
          overflowWrap: 'anywhere',
        }}
      >
        <Typography variant="body2">{text.message ?? '(waiting to be sent)'}</Typography>
      </Paper>
      <Typography variant="caption" color="text.secondary">
        <Link component={RouterLink} to={`/texts/${text.id}`} color="inherit">
          {formatDateTime(text.created)}
        </Link>
        {mine && ` · from ${formatPhone(text.fromNumber)}`}
        {mine && text.finalTextResult && ` · ${TEXT_RESULT_LABELS[text.finalTextResult]}`}
      </Typography>
    </Stack>
  );
}

/** The texts exchanged with one number, oldest first, with a reply box. */
export function ConversationPage() {
  const number = useParams().number ?? '';
  const query = { refetchInterval: THREAD_REFRESH_MS };
  const sentTo = useQuery({ ...textsQuery({ toNumber: number, inbound: false }, 0, THREAD_LENGTH), ...query });
  const receivedFrom = useQuery({ ...textsQuery({ fromNumber: number, inbound: true }, 0, THREAD_LENGTH), ...query });
  const form = useForm<ReplyForm>({ resolver: zodResolver(replySchema), defaultValues: { message: '' } });
  const send = useFormMutation(textMutations.send(), form.setError, { 'body.message': 'message' });
  if (!sentTo.data || !receivedFrom.data) return <PageSkeleton />;
  const thread = chronological([...sentTo.data.items, ...receivedFrom.data.items]);
  // Answer from the number they last wrote to, so the reply stays in the same thread on their phone.
  const lastReceived = [...receivedFrom.data.items].sort((a, b) => (b.created ?? 0) - (a.created ?? 0))[0];
  const replyFrom = lastReceived?.toNumber ?? thread.at(-1)?.fromNumber ?? SHARED_SHORT_CODE;
  const submit = form.handleSubmit(({ message }) =>
    send.mutate(
      { recipients: [{ phoneNumber: number, message, fromNumber: replyFrom }], query: {} },
      { onSuccess: () => form.reset({ message: '' }) },
    ),
  );
  return (
    <Page title={`Conversation with ${formatPhone(number)}`}>
      <Stack spacing={2}>
        <Box aria-label="Texts in this conversation" role="log" sx={{ display: 'grid', gap: 1.5 }}>
          {thread.length === 0 && <Typography color="text.secondary">No texts with this number yet.</Typography>}
          {thread.map((text) => (
            <Bubble key={text.id} text={text} />
          ))}
        </Box>
        <Stack component="form" noValidate onSubmit={submit} spacing={1}>
          <TextMessageField control={form.control} name="message" label={`Reply from ${formatPhone(replyFrom)}`} />
          {form.formState.errors.root?.server && (
            <Typography color="error">{form.formState.errors.root.server.message}</Typography>
          )}
          <Stack direction="row">
            <Button type="submit" variant="contained" disabled={send.isPending}>
              Send reply
            </Button>
          </Stack>
        </Stack>
      </Stack>
    </Page>
  );
}
