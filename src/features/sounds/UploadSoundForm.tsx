import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import type { UploadProgress } from '../../api/upload';
import { notify } from '../../lib/notifications';
import { applyServerError } from '../../lib/serverFieldErrors';
import { FileDropZone } from './FileDropZone';
import { SOUND_ACCEPT, soundFileProblem } from './fileChecks';
import { UploadProgressBar } from './UploadProgressBar';
import { useOpenWhenCreated } from './useOpenWhenCreated';
import { useUploadSound } from './useSoundMutations';

const schema = z.object({
  name: z.string().trim().max(255, 'At most 255 characters'),
  file: z
    .custom<File>((value) => value instanceof File, 'Choose an MP3 or WAV file')
    .superRefine((file, context) => {
      const problem = soundFileProblem(file);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    }),
});
type UploadForm = z.infer<typeof schema>;

/** Upload an MP3 or WAV into the library, with the real upload progress. */
export function UploadSoundForm() {
  const upload = useUploadSound();
  const [progress, setProgress] = useState<UploadProgress>();
  const { control, register, handleSubmit, setError, setValue, getValues, formState } = useForm<UploadForm>({
    resolver: zodResolver(schema),
    defaultValues: { name: '', file: undefined },
  });
  const [opened, warning] = useOpenWhenCreated(formState.isDirty, (id) => `/sounds/${id}`);

  const onSubmit = handleSubmit(async ({ file, name }) => {
    setProgress({ loaded: 0, total: file.size });
    try {
      const sound = await upload.mutateAsync({ file, name, onProgress: setProgress });
      notify(
        sound.duplicate ? `This audio is already in the library as "${sound.name}"` : `Uploaded "${sound.name}"`,
        'success',
      );
      opened(sound.id!);
    } catch (error) {
      setProgress(undefined);
      applyServerError(error, setError, ['file', 'name']);
    }
  });

  return (
    <Stack component="form" spacing={2} onSubmit={onSubmit} noValidate aria-label="Upload a sound">
      <Controller
        control={control}
        name="file"
        render={({ field, fieldState }) => (
          <FileDropZone
            label="Choose an audio file"
            accept={SOUND_ACCEPT}
            file={field.value}
            onFile={(file) => {
              setValue('file', file, { shouldDirty: true, shouldValidate: true });
              if (!getValues('name')) setValue('name', file.name.replace(/\.[^.]+$/, ''), { shouldDirty: true });
            }}
            error={fieldState.error?.message}
            hint="MP3 or WAV, up to 20 MB."
            disabled={upload.isPending}
          />
        )}
      />
      <TextField
        label="Name"
        {...register('name')}
        error={Boolean(formState.errors.name)}
        helperText={formState.errors.name?.message ?? 'How the sound appears in the library.'}
        disabled={upload.isPending}
      />
      <UploadProgressBar progress={progress} />
      {formState.errors.root?.server && <Alert severity="error">{formState.errors.root.server.message}</Alert>}
      <Stack direction="row">
        <Button type="submit" variant="contained" disabled={upload.isPending}>
          {upload.isPending ? 'Uploading…' : 'Upload sound'}
        </Button>
      </Stack>
      {warning}
    </Stack>
  );
}
