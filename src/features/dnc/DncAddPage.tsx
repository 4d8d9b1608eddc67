import { zodResolver } from '@hookform/resolvers/zod';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  Alert,
  Box,
  Button,
  FormGroup,
  FormHelperText,
  LinearProgress,
  Paper,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useEffect, useState, type ChangeEvent, type ClipboardEvent } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { Page } from '../../components/Page';
import { notify } from '../../lib/notifications';
import { useUnsavedChangesWarning } from '../../lib/useUnsavedChangesWarning';
import { BulkAddOutcome } from './BulkAddOutcome';
import { BulkAddPreview } from './BulkAddPreview';
import { FormToggle } from '../../components/form/FormToggle';
import { PastedListSummary, type LargeInput } from './PastedListSummary';
import { numbersFromCsvOffThread, parsePhoneListOffThread } from './parseOffThread';
import { usePhoneListPreview } from './usePhoneListPreview';
import { dncMutations } from '../../api/resources/dnc';
import type { BulkAddProgress, BulkAddResult } from '../../lib/bulkAdd';
import { useMutation } from '@tanstack/react-query';
import { countLabel } from '../../lib/format';

const schema = z
  .object({
    numbersText: z.string(),
    call: z.boolean(),
    text: z.boolean(),
    source: z.string().trim().max(255, 'A source name has at most 255 characters'),
  })
  .refine((values) => values.call || values.text, {
    path: ['call'],
    message: 'Choose do-not-call, do-not-text or both',
  });
type AddForm = z.infer<typeof schema>;

/** Input longer than this (about 3,500 numbers) is kept out of the text box; see PastedListSummary. */
const LARGE_INPUT_CHARS = 50_000;

const addLabel = (count: number) =>
  count === 0 ? 'Add numbers' : `Add ${count.toLocaleString()} ${count === 1 ? 'number' : 'numbers'}`;

/** Adds any number of numbers, pasted or from a CSV file, in batches with progress. */
export function DncAddPage() {
  const navigate = useNavigate();
  const form = useForm<AddForm>({
    resolver: zodResolver(schema),
    defaultValues: { numbersText: '', call: true, text: true, source: '' },
  });
  const { register, handleSubmit, setValue, setError, control, formState } = form;
  const typed = useWatch({ control, name: 'numbersText' });
  const [largeInput, setLargeInput] = useState<LargeInput>();
  const { preview, parsing } = usePhoneListPreview(largeInput?.text ?? typed);
  const addNumbers = useMutation(dncMutations.bulkAdd());
  const [progress, setProgress] = useState<BulkAddProgress>();
  const [outcome, setOutcome] = useState<BulkAddResult>();
  const [loadedFrom, setLoadedFrom] = useState<string>();
  const [finishedSource, setFinishedSource] = useState<string>();
  const [controller, setController] = useState<AbortController>();
  const unsaved = useUnsavedChangesWarning(
    (formState.isDirty || largeInput !== undefined) && finishedSource === undefined,
  );

  /** Puts numbers to edit in the text box, or aside when there are too many for it. */
  const showInput = (text: string, origin: string) => {
    if (text.length > LARGE_INPUT_CHARS) {
      setLargeInput({ text, origin });
      setValue('numbersText', '');
    } else {
      setLargeInput(undefined);
      setValue('numbersText', text, { shouldDirty: true });
    }
  };

  const pasteLarge = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const pasted = event.clipboardData.getData('text');
    if (pasted.length <= LARGE_INPUT_CHARS) return;
    event.preventDefault();
    showInput(typed ? `${typed}\n${pasted}` : pasted, 'Pasted');
  };

  useEffect(() => {
    if (finishedSource === undefined) return;
    void navigate(finishedSource ? `/dnc?source=${encodeURIComponent(finishedSource)}` : '/dnc');
  }, [finishedSource, navigate]);

  const loadCsv = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const { values, column } = await numbersFromCsvOffThread(await file.text());
    showInput(values.join('\n'), file.name);
    setLoadedFrom(
      `Loaded ${values.length.toLocaleString()} values from ${column ? `the “${column}” column of ` : ''}${file.name}`,
    );
  };

  const submit = async ({ numbersText, call, text, source }: AddForm) => {
    // Parse again rather than trust the preview, which may be a keystroke behind.
    const parsed = await parsePhoneListOffThread(largeInput?.text ?? numbersText);
    if (parsed.numbers.length === 0) {
      setError('numbersText', {
        message: parsed.invalid.length
          ? 'None of the entries is a valid phone number'
          : 'Paste or type at least one phone number',
      });
      return;
    }
    setOutcome(undefined);
    const abort = new AbortController();
    setController(abort);
    setProgress({ done: 0, total: parsed.numbers.length });
    addNumbers.mutate(
      {
        numbers: parsed.numbers,
        call,
        text,
        source: source || undefined,
        onProgress: setProgress,
        signal: abort.signal,
      },
      {
        // A failure of the whole run is shown below the form from the mutation's error.
        onSettled: () => setProgress(undefined),
        onSuccess: (result) => {
          const left = [...result.failures.flatMap((failure) => failure.numbers), ...result.notSent];
          if (left.length === 0 && parsed.invalid.length === 0) {
            notify(`Added ${countLabel(result.added, 'number')} to the do-not-contact list`, 'success');
            setFinishedSource(source);
            return;
          }
          // What was not added stays on screen (with the invalid entries, to be corrected) for another try.
          showInput([...left, ...parsed.invalid.map((entry) => entry.input)].join('\n'), 'Not added');
          if (left.length > 0) setOutcome(result);
          else notify(`Added ${countLabel(result.added, 'number')}; the invalid entries are left to correct`, 'info');
        },
      },
    );
  };

  const running = progress !== undefined;
  return (
    <Page title="Add do-not-contact numbers">
      <Paper component="form" noValidate onSubmit={handleSubmit(submit)} sx={{ p: 3 }}>
        {outcome && <BulkAddOutcome result={outcome} />}
        <Stack spacing={2}>
          {largeInput ? (
            <div>
              <PastedListSummary input={largeInput} disabled={running} onClear={() => setLargeInput(undefined)} />
              {formState.errors.numbersText && (
                <FormHelperText error>{formState.errors.numbersText.message}</FormHelperText>
              )}
            </div>
          ) : (
            <TextField
              {...register('numbersText')}
              label="Phone numbers"
              multiline
              rows={10}
              disabled={running}
              placeholder={'(213) 555-0100\n+1 310 555 0199, 646-555-0123'}
              error={Boolean(formState.errors.numbersText)}
              helperText={
                formState.errors.numbersText?.message ??
                'One per line, or separated by commas, semicolons or tabs; any common format.'
              }
              slotProps={{ htmlInput: { spellCheck: false, onPaste: pasteLarge } }}
            />
          )}
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
            <Button component="label" startIcon={<UploadFileIcon />} disabled={running}>
              Load a CSV file
              <input type="file" accept=".csv,.txt,text/csv,text/plain" hidden onChange={(e) => void loadCsv(e)} />
            </Button>
            {loadedFrom && (
              <Typography variant="body2" role="status">
                {loadedFrom}
              </Typography>
            )}
          </Stack>
          <BulkAddPreview preview={preview} parsing={parsing} />
          <Box>
            <FormGroup row>
              <FormToggle control={control} name="call" label="Do not call" kind="checkbox" disabled={running} />
              <FormToggle control={control} name="text" label="Do not text" kind="checkbox" disabled={running} />
            </FormGroup>
            {formState.errors.call && <FormHelperText error>{formState.errors.call.message}</FormHelperText>}
          </Box>
          <TextField
            {...register('source')}
            label="Source"
            disabled={running}
            error={Boolean(formState.errors.source)}
            helperText={
              formState.errors.source?.message ?? 'Where these numbers come from; CallFire uses “Api V2” if empty.'
            }
            sx={{ maxWidth: 420 }}
          />
          {running ? (
            <Box>
              <Typography variant="body2" role="status">
                Added {progress.done.toLocaleString()} of {countLabel(progress.total, 'number')}
              </Typography>
              <LinearProgress
                aria-label="Adding numbers"
                variant="determinate"
                value={(progress.done / progress.total) * 100}
                sx={{ my: 1 }}
              />
              <Button onClick={() => controller?.abort()}>Cancel</Button>
            </Box>
          ) : (
            <Stack direction="row" spacing={1}>
              <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
                {addLabel(preview?.numbers.length ?? 0)}
              </Button>
              <Button onClick={() => void navigate('/dnc')}>Back to the list</Button>
            </Stack>
          )}
          {addNumbers.error && <Alert severity="error">{addNumbers.error.message}</Alert>}
        </Stack>
      </Paper>
      {unsaved}
    </Page>
  );
}
