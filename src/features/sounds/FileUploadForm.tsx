import { zodResolver } from '@hookform/resolvers/zod';
import { Stack } from '@mui/material';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import type { UseMutationOptions } from '@tanstack/react-query';
import type { FileUpload } from '../../api/resources/sounds';
import type { UploadProgress } from '../../api/upload';
import { FormTextField } from '../../components/form/FormTextField';
import { useFormMutation } from '../../components/form/useFormMutation';
import { notify } from '../../lib/notifications';
import { FileDropZone } from '../../components/FileDropZone';
import { UploadProgressBar } from '../../components/UploadProgressBar';
import { useOpenWhenCreated } from '../../lib/useOpenWhenCreated';
import { FormSubmitRow } from '../../components/form/FormSubmitRow';

interface FileUploadFormProps<Result> {
  formLabel: string;
  chooseLabel: string;
  submitLabel: string;
  accept: string;
  hint: string;
  /** Why the file cannot be sent, checked before sending; the server checks the content again. */
  fileProblem: (file: File) => string | undefined;
  /** The upload mutation, and what its answer says: the new resource's id and a message for the operator. */
  mutation: UseMutationOptions<Result, Error, FileUpload>;
  idOf: (result: Result) => number;
  announce: (result: Result, upload: FileUpload) => string;
  /** The page to open once the upload has made its resource. */
  pathOf: (id: number) => string;
}

/**
 * A file and a name, sent as a multipart upload with its real progress; problems show beside the
 * file, whether found before sending or by the server.
 */
export function FileUploadForm<Result>(props: FileUploadFormProps<Result>) {
  const { formLabel, chooseLabel, submitLabel, accept, hint, fileProblem, mutation, idOf, announce, pathOf } = props;
  const [schema] = useState(() =>
    z.object({
      name: z.string().trim().max(255, 'At most 255 characters'),
      file: z
        .custom<File>((value) => value instanceof File, 'Choose a file')
        .superRefine((file, context) => {
          const problem = fileProblem(file);
          if (problem) context.addIssue({ code: 'custom', message: problem });
        }),
    }),
  );
  const [progress, setProgress] = useState<UploadProgress>();
  const { control, handleSubmit, setError, setValue, getValues, formState } = useForm({
    resolver: zodResolver(schema),
    defaultValues: { name: '', file: undefined as unknown as File },
  });
  const [opened, warning] = useOpenWhenCreated(formState.isDirty, pathOf);
  const upload = useFormMutation(mutation, setError, ['file', 'name']);
  const pending = upload.isPending;

  const onSubmit = handleSubmit(({ file, name }) => {
    setProgress({ loaded: 0, total: file.size });
    const sent: FileUpload = { file, name, onProgress: setProgress };
    upload.mutate(sent, {
      onSuccess: (result) => {
        notify(announce(result, sent), 'success');
        opened(idOf(result));
      },
      onError: () => setProgress(undefined),
    });
  });

  return (
    <Stack component="form" spacing={2} onSubmit={onSubmit} noValidate aria-label={formLabel}>
      <Controller
        control={control}
        name="file"
        render={({ field, fieldState }) => (
          <FileDropZone
            label={chooseLabel}
            accept={accept}
            file={field.value}
            onFile={(file) => {
              setValue('file', file, { shouldDirty: true, shouldValidate: true });
              if (!getValues('name')) setValue('name', file.name.replace(/\.[^.]+$/, ''), { shouldDirty: true });
            }}
            error={fieldState.error?.message}
            hint={hint}
            disabled={pending}
          />
        )}
      />
      {/* Bound through the form's state, so the label moves up when the file fills the name in. */}
      <FormTextField control={control} name="name" label="Name" disabled={pending} />
      <UploadProgressBar progress={progress} />
      <FormSubmitRow errors={formState.errors} pending={pending} label={submitLabel} pendingLabel="Uploading…" />
      {warning}
    </Stack>
  );
}
