import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import type { UploadProgress } from '../../api/upload';
import { notify } from '../../lib/notifications';
import { applyServerError } from '../../lib/serverFieldErrors';
import { FileDropZone } from './FileDropZone';
import { MEDIA_ACCEPT, mediaFileProblem } from './fileChecks';
import { UploadProgressBar } from './UploadProgressBar';
import { useOpenWhenCreated } from './useOpenWhenCreated';
import { useUploadMedia } from './useSoundMutations';

const schema = z.object({
  name: z.string().trim().max(255, 'At most 255 characters'),
  file: z
    .custom<File>((value) => value instanceof File, 'Choose a file')
    .superRefine((file, context) => {
      const problem = mediaFileProblem(file);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    }),
});
type MediaForm = z.infer<typeof schema>;

/** Uploads an image, audio or video file for text messages, then opens it. */
export function MediaUploadForm() {
  const upload = useUploadMedia();
  const [progress, setProgress] = useState<UploadProgress>();
  const { control, register, handleSubmit, setError, setValue, getValues, formState } = useForm<MediaForm>({
    resolver: zodResolver(schema),
    defaultValues: { name: '', file: undefined },
  });
  const [opened, warning] = useOpenWhenCreated(formState.isDirty, (id) => `/sounds/media/${id}`);

  const onSubmit = handleSubmit(async ({ file, name }) => {
    setProgress({ loaded: 0, total: file.size });
    try {
      const { id } = await upload.mutateAsync({ file, name, onProgress: setProgress });
      notify(`Uploaded ${file.name}`, 'success');
      opened(id);
    } catch (error) {
      setProgress(undefined);
      applyServerError(error, setError, ['file', 'name']);
    }
  });

  return (
    <Stack component="form" spacing={2} onSubmit={onSubmit} noValidate aria-label="Upload media">
      <Controller
        control={control}
        name="file"
        render={({ field, fieldState }) => (
          <FileDropZone
            label="Choose a media file"
            accept={MEDIA_ACCEPT}
            file={field.value}
            onFile={(file) => {
              setValue('file', file, { shouldDirty: true, shouldValidate: true });
              if (!getValues('name')) setValue('name', file.name.replace(/\.[^.]+$/, ''), { shouldDirty: true });
            }}
            error={fieldState.error?.message}
            hint="bmp, gif, jpg, m4a, mp3, mp4, png or wav, up to 20 MB."
            disabled={upload.isPending}
          />
        )}
      />
      <TextField
        label="Name"
        {...register('name')}
        error={Boolean(formState.errors.name)}
        helperText={formState.errors.name?.message}
        disabled={upload.isPending}
      />
      <UploadProgressBar progress={progress} />
      {formState.errors.root?.server && <Alert severity="error">{formState.errors.root.server.message}</Alert>}
      <Stack direction="row">
        <Button type="submit" variant="contained" disabled={upload.isPending}>
          {upload.isPending ? 'Uploading…' : 'Upload media'}
        </Button>
      </Stack>
      {warning}
    </Stack>
  );
}
