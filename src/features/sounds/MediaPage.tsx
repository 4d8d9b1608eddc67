import { Button, Card, CardContent, Stack, TextField, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Page } from '../../components/Page';
import { MediaUploadForm } from './MediaUploadForm';

/** Opens a media file by its id (CallFire gives ids on upload and in text messages). */
function OpenMediaById() {
  const navigate = useNavigate();
  const [id, setId] = useState('');
  const [error, setError] = useState<string>();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!/^\d+$/.test(id.trim()) || Number(id) < 1) {
      setError('Enter a media id: a whole number such as 1234');
      return;
    }
    navigate(`/sounds/media/${id.trim()}`);
  };
  return (
    <Stack
      component="form"
      direction="row"
      spacing={1}
      onSubmit={onSubmit}
      noValidate
      sx={{ alignItems: 'flex-start' }}
    >
      <TextField
        size="small"
        label="Media id"
        value={id}
        onChange={(event) => {
          setId(event.target.value);
          setError(undefined);
        }}
        error={Boolean(error)}
        helperText={error}
        inputMode="numeric"
      />
      <Button type="submit" variant="outlined">
        Open
      </Button>
    </Stack>
  );
}

/** Media for text messages: upload a file, or open one by id. */
export function MediaPage() {
  return (
    <Page title="Media">
      <Stack spacing={3} sx={{ maxWidth: 720 }}>
        <Card component="section" aria-labelledby="upload-media-title">
          <CardContent>
            <Typography id="upload-media-title" variant="h6" component="h2" sx={{ mb: 2 }}>
              Upload
            </Typography>
            <MediaUploadForm />
          </CardContent>
        </Card>
        <Card component="section" aria-labelledby="open-media-title">
          <CardContent>
            <Typography id="open-media-title" variant="h6" component="h2" sx={{ mb: 2 }}>
              Open by id
            </Typography>
            <OpenMediaById />
          </CardContent>
        </Card>
      </Stack>
    </Page>
  );
}
