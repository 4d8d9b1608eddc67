import { Card, CardContent, Stack, Typography } from '@mui/material';
import { Page } from '../../components/Page';
import { MediaLibrary } from './MediaLibrary';
import { MediaUploadForm } from './MediaUploadForm';

/** Media for text messages: upload a file, and the library of those uploaded. */
export function MediaPage() {
  return (
    <Page title="Media">
      <Stack spacing={3} sx={{ maxWidth: 900 }}>
        <Card component="section" aria-labelledby="upload-media-title">
          <CardContent>
            <Typography id="upload-media-title" variant="h6" component="h2" sx={{ mb: 2 }}>
              Upload
            </Typography>
            <MediaUploadForm />
          </CardContent>
        </Card>
        <Card component="section" aria-labelledby="media-library-title">
          <CardContent>
            <Typography id="media-library-title" variant="h6" component="h2" sx={{ mb: 2 }}>
              Library
            </Typography>
            <MediaLibrary />
          </CardContent>
        </Card>
      </Stack>
    </Page>
  );
}
