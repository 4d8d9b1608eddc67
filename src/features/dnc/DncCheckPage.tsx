import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Paper, Skeleton, Stack, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useSearchParams } from 'react-router';
import { z } from 'zod';
import { errorMessage } from '../../api/ApiError';
import { Page } from '../../components/Page';
import { normalizePhone } from '../../lib/phone';
import { UniversalDncResult } from './UniversalDncResult';
import { universalDncQuery } from '../../api/resources/dnc';

const phone = z.string().transform((value, context) => {
  const parsed = normalizePhone(value);
  if (parsed.ok) return parsed.number;
  context.addIssue({ code: 'custom', message: parsed.reason });
  return z.NEVER;
});

const schema = z.object({
  toNumber: phone,
  fromNumber: z.union([
    z
      .string()
      .trim()
      .length(0)
      .transform(() => undefined),
    phone,
  ]),
});
type CheckInput = z.input<typeof schema>;
type CheckValues = z.output<typeof schema>;

/**
 * Universal do-not-contact lookup: whether calls and texts may go to and come from a number, taking
 * carriers' block lists and the account's own list into account. The question lives in the URL.
 */
export function DncCheckPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const to = searchParams.get('to') ?? '';
  const from = searchParams.get('from') ?? '';
  const { register, handleSubmit, formState } = useForm<CheckInput, unknown, CheckValues>({
    resolver: zodResolver(schema),
    defaultValues: { toNumber: to, fromNumber: from },
  });
  const answer = useQuery({ ...universalDncQuery(to, from || undefined), enabled: to !== '' });

  const check = ({ toNumber, fromNumber }: CheckValues) =>
    setSearchParams(fromNumber ? { to: toNumber, from: fromNumber } : { to: toNumber });

  return (
    <Page title="Check a number">
      <Stack spacing={3}>
        <Paper component="form" noValidate onSubmit={handleSubmit(check)} sx={{ p: 3, maxWidth: 640 }}>
          <Typography variant="body2" sx={{ mb: 2, color: 'text.secondary' }}>
            Looks a number up on the platform-wide do-not-contact list, which combines carriers&apos; block lists with
            your own list.
          </Typography>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
            <TextField
              {...register('toNumber')}
              label="Number to check"
              required
              error={Boolean(formState.errors.toNumber)}
              helperText={formState.errors.toNumber?.message ?? ' '}
            />
            <TextField
              {...register('fromNumber')}
              label="Your number (optional)"
              error={Boolean(formState.errors.fromNumber)}
              helperText={formState.errors.fromNumber?.message ?? 'The caller id or sender to check with'}
            />
            <Button type="submit" variant="contained" sx={{ mt: 1 }}>
              Check
            </Button>
          </Stack>
        </Paper>
        {answer.error && (
          <Alert severity="error" sx={{ maxWidth: 640 }}>
            {errorMessage(answer.error)}
          </Alert>
        )}
        {answer.isLoading && (
          <Skeleton variant="rounded" height={160} sx={{ maxWidth: 640 }} role="status" aria-label="Loading" />
        )}
        {answer.data && <UniversalDncResult result={answer.data} />}
      </Stack>
    </Page>
  );
}
