import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, List, ListItem, ListItemText, Skeleton, Stack, TextField, Typography } from '@mui/material';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Page } from '../../components/Page';
import { Section } from '../../components/Section';
import { callerIdMutations, callerIdsQuery } from '../../api/resources/callerIds';
import { useFormMutation } from '../../components/form/useFormMutation';
import { notify } from '../../lib/notifications';
import { formatPhone, normalizePhone } from '../../lib/phone';
import { AccountTabs } from './AccountTabs';

const numberSchema = z.object({
  number: z.string().transform((value, context) => {
    const parsed = normalizePhone(value);
    if (!parsed.ok) {
      context.addIssue({ code: 'custom', message: parsed.reason });
      return z.NEVER;
    }
    return parsed.number;
  }),
});
const codeSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{4,10}$/, 'Enter the digits you heard on the call'),
});

/** Step two: the code read out on the verification call. */
function VerifyForm({ number, onDone }: { number: string; onDone: () => void }) {
  const resend = useMutation(callerIdMutations.sendVerificationCode());
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm({ resolver: zodResolver(codeSchema), defaultValues: { code: '' } });
  const verify = useFormMutation(callerIdMutations.verify(), setError, ['code']);
  const submit = handleSubmit(({ code }) =>
    verify.mutate(
      { number, code },
      {
        onSuccess: (right) => {
          if (right) {
            notify(`${formatPhone(number)} is verified`, 'success');
            onDone();
          } else setError('code', { message: 'That code is not right. Check it, or call again for a new one.' });
        },
      },
    ),
  );
  return (
    <Stack component="form" noValidate onSubmit={submit} spacing={2}>
      <Alert severity="info">
        CallFire is calling {formatPhone(number)} and will read out a code. Enter it below; it is valid for a few
        minutes.
      </Alert>
      <TextField
        label="Verification code"
        autoFocus
        slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'one-time-code' } }}
        {...register('code')}
        error={Boolean(errors.code ?? errors.root?.server)}
        helperText={errors.code?.message ?? errors.root?.server?.message}
      />
      <Stack direction="row" spacing={1}>
        <Button type="submit" variant="contained" disabled={verify.isPending}>
          Verify
        </Button>
        <Button
          onClick={() => resend.mutate(number, { onSuccess: () => notify('Calling again with a new code', 'info') })}
          disabled={resend.isPending}
        >
          Call again
        </Button>
        <Button onClick={onDone}>Cancel</Button>
      </Stack>
    </Stack>
  );
}

/** Step one: the number to verify, which CallFire then calls. */
function AddForm({ onSent }: { onSent: (number: string) => void }) {
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm({ resolver: zodResolver(numberSchema), defaultValues: { number: '' } });
  const send = useFormMutation(callerIdMutations.sendVerificationCode(), setError, ['number']);
  const submit = handleSubmit(({ number }) => send.mutate(number, { onSuccess: () => onSent(number) }));
  const message = errors.number?.message ?? errors.root?.server?.message;
  return (
    <Stack
      component="form"
      noValidate
      onSubmit={submit}
      direction={{ xs: 'column', sm: 'row' }}
      spacing={2}
      sx={{ alignItems: 'flex-start' }}
    >
      <TextField
        label="Phone number"
        placeholder="(213) 555-0100"
        autoComplete="tel"
        {...register('number')}
        error={Boolean(message)}
        helperText={message ?? 'CallFire calls it with a code'}
      />
      <Button type="submit" variant="contained" disabled={send.isPending} sx={{ mt: { sm: 1 } }}>
        Send verification call
      </Button>
    </Stack>
  );
}

/** Verified caller ids, and verifying another: send the call, enter the code. */
export function CallerIdsPage() {
  const { data: callerIds } = useQuery(callerIdsQuery());
  const [pending, setPending] = useState<string>();
  return (
    <Page title="Caller ids">
      <AccountTabs />
      <Stack spacing={3}>
        <Section title="Verified caller ids">
          {!callerIds ? (
            <Skeleton variant="rounded" height={80} role="status" aria-label="Loading" />
          ) : callerIds.length === 0 ? (
            <Typography color="text.secondary">No verified caller ids yet.</Typography>
          ) : (
            <List dense aria-label="Verified caller ids">
              {callerIds.map(({ phoneNumber }) => (
                <ListItem key={phoneNumber} disableGutters>
                  <ListItemText primary={formatPhone(phoneNumber)} />
                </ListItem>
              ))}
            </List>
          )}
        </Section>
        <Section title="Add a caller id">
          {pending ? (
            <VerifyForm number={pending} onDone={() => setPending(undefined)} />
          ) : (
            <AddForm onSent={setPending} />
          )}
        </Section>
      </Stack>
    </Page>
  );
}
