import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Stack, Typography } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { WaveformPlayer } from '../../components/WaveformPlayer';
import { notify } from '../../lib/notifications';
import { useUnsavedChangesWarning } from '../../lib/useUnsavedChangesWarning';
import { type CampaignSound, soundAudioUrl, soundMutations, type Voice } from '../../api/resources/sounds';
import { VOICE } from '../../lib/vocabulary';
import { useMutation } from '@tanstack/react-query';
import { FormSelect } from '../../components/form/FormSelect';
import { FormTextField } from '../../components/form/FormTextField';
import { useFormMutation } from '../../components/form/useFormMutation';
import { FormSubmitRow } from '../../components/form/FormSubmitRow';

const voices = Object.keys(VOICE) as [Voice, ...Voice[]];
const VOICE_OPTIONS = voices.map((voice) => ({ value: voice, label: VOICE[voice] }));
const schema = z.object({
  message: z.string().trim().min(1, 'Enter the message to speak').max(4000, 'At most 4,000 characters'),
  voice: z.enum(voices, 'Choose a voice'),
});
type TtsForm = z.infer<typeof schema>;

/**
 * Text-to-speech in two steps: CallFire makes the sound, the operator listens, then keeps it or
 * discards it (archived) to change the text.
 */
export function TtsSoundForm() {
  const archive = useMutation(soundMutations.archive());
  const navigate = useNavigate();
  const [made, setMade] = useState<CampaignSound>();
  const { control, handleSubmit, setError, formState } = useForm<TtsForm>({
    resolver: zodResolver(schema),
    defaultValues: { message: '', voice: 'FEMALE1' },
  });
  const create = useFormMutation(soundMutations.createTts(), setError, ['message', 'voice']);
  const warning = useUnsavedChangesWarning(formState.isDirty && !made);
  const message = useWatch({ control, name: 'message' });

  const onSubmit = handleSubmit((body) => create.mutate(body, { onSuccess: setMade }));
  // A preview stays in the library only if the operator keeps it: discarding it, or leaving the page
  // without pressing Keep, archives it. Reused audio belongs to a sound that was already there and stays.
  const kept = useRef(false);
  const { mutate: archivePreview } = archive;
  useEffect(() => {
    const preview = made && !made.duplicate ? made.id : undefined;
    if (preview === undefined) return;
    return () => {
      if (!kept.current) archivePreview(preview);
    };
  }, [made, archivePreview]);
  const discard = () => setMade(undefined);

  if (made) {
    return (
      <Stack spacing={2} aria-label="Listen to the new sound" component="section">
        <Typography variant="h6" component="h2">
          Listen before using it
        </Typography>
        {made.duplicate && (
          <Alert severity="info">This message and voice are already in the library as “{made.name}”.</Alert>
        )}
        <WaveformPlayer src={soundAudioUrl(made.id!, 'mp3')} title={made.name ?? 'Text-to-speech sound'} />
        <Stack direction="row" spacing={1}>
          <Button
            variant="contained"
            onClick={() => {
              kept.current = true;
              notify(`Saved "${made.name}"`, 'success');
              navigate(`/sounds/${made.id}`);
            }}
          >
            Keep this sound
          </Button>
          <Button onClick={discard}>Discard and edit</Button>
        </Stack>
      </Stack>
    );
  }

  return (
    <Stack component="form" spacing={2} onSubmit={onSubmit} noValidate aria-label="Text to speech">
      <FormTextField
        control={control}
        name="message"
        label="Message"
        multiline
        minRows={3}
        helperText={`${message.length} / 4,000 characters`}
        required
      />
      <FormSelect control={control} name="voice" label="Voice" options={VOICE_OPTIONS} />
      <FormSubmitRow
        errors={formState.errors}
        pending={create.isPending}
        label="Make sound and listen"
        pendingLabel="Making the sound…"
      />
      {warning}
    </Stack>
  );
}
