import AttachFileIcon from '@mui/icons-material/AttachFile';
import { Button, Chip, FormHelperText, Stack, TextField, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type ChangeEvent } from 'react';
import { mediaMutations, mediaQuery } from '../../api/resources/media';
import type { UploadProgress } from '../../api/upload';
import { UploadProgressBar } from '../../components/UploadProgressBar';
import { MEDIA_ACCEPT, mediaFileProblem } from '../../lib/fileChecks';

/** An attached media file, by its name once read; removing it is the chip's delete action. */
function AttachedMedia({ id, onRemove }: { id: number; onRemove: () => void }) {
  const { data: media, isError } = useQuery(mediaQuery(id));
  const name = isError ? `Missing media file (id ${id})` : media ? (media.name ?? `Media file ${id}`) : 'Loading…';
  return (
    <Chip
      label={media?.mediaType ? `${name} · ${media.mediaType}` : name}
      color={isError ? 'error' : 'default'}
      onDelete={onRemove}
      aria-label={`Attached: ${name}`}
    />
  );
}

/**
 * The media a text broadcast sends with its message, from the media library: a file uploaded here
 * (createMedia), or one already there, found by the id the library gave it (getMedia).
 */
export function MediaAttachmentsField({
  value,
  onChange,
  error,
}: {
  value: number[];
  onChange: (ids: number[]) => void;
  error?: string;
}) {
  const queryClient = useQueryClient();
  const labelId = useId();
  const [typedId, setTypedId] = useState('');
  const [problem, setProblem] = useState<string>();
  const [progress, setProgress] = useState<UploadProgress>();
  const upload = useMutation(mediaMutations.upload());
  const attach = (id: number) => {
    setProblem(undefined);
    if (!value.includes(id)) onChange([...value, id]);
  };

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const fileProblem = mediaFileProblem(file);
    if (fileProblem) return setProblem(fileProblem);
    setProblem(undefined);
    upload.mutate(
      { file, name: file.name.replace(/\.[^.]+$/, ''), onProgress: setProgress },
      {
        onSuccess: ({ id }) => attach(id),
        onError: (uploadError) => setProblem(uploadError.message),
        onSettled: () => setProgress(undefined),
      },
    );
  };

  const attachById = async () => {
    const id = Number(typedId.trim());
    if (!/^\d+$/.test(typedId.trim()) || id < 1) return setProblem('A media id is a whole number such as 1234');
    try {
      await queryClient.fetchQuery(mediaQuery(id));
      attach(id);
      setTypedId('');
    } catch {
      setProblem(`The media library has no file with id ${id}`);
    }
  };

  const shown = problem ?? error;
  return (
    <Stack spacing={1} role="group" aria-labelledby={labelId}>
      <Typography id={labelId} variant="subtitle2" component="p">
        Media attachments
      </Typography>
      {value.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          None: the message goes out as text only.
        </Typography>
      ) : (
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
          {value.map((id) => (
            <AttachedMedia key={id} id={id} onRemove={() => onChange(value.filter((other) => other !== id))} />
          ))}
        </Stack>
      )}
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'flex-start' } }}>
        <Button component="label" variant="outlined" startIcon={<AttachFileIcon />} disabled={upload.isPending}>
          {upload.isPending ? 'Uploading…' : 'Upload a file and attach it'}
          <input hidden type="file" accept={MEDIA_ACCEPT} onChange={onFile} aria-label="Media file to attach" />
        </Button>
        <TextField
          size="small"
          label="Media id from the library"
          value={typedId}
          inputMode="numeric"
          onChange={(event) => setTypedId(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            void attachById();
          }}
        />
        <Button variant="outlined" onClick={() => void attachById()}>
          Attach
        </Button>
      </Stack>
      <UploadProgressBar progress={progress} />
      <FormHelperText error={Boolean(shown)}>
        {shown ??
          'bmp, gif, jpg, m4a, mp3, mp4, png or wav, up to 20 MB; a text with media goes out whole as one multimedia message (3 credits).'}
      </FormHelperText>
    </Stack>
  );
}
