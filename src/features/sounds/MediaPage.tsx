import { Stack } from '@mui/material';
import { Page } from '../../components/Page';
import { Section } from '../../components/Section';
import { MediaLibrary } from './MediaLibrary';
import { MediaUploadForm } from './MediaUploadForm';

/** Media for text messages: upload a file, and the library of those uploaded. */
export function MediaPage() {
  return (
    <Page title="Media">
      <Stack spacing={3} sx={{ maxWidth: 900 }}>
        <Section title="Upload">
          <MediaUploadForm />
        </Section>
        <Section title="Library">
          <MediaLibrary />
        </Section>
      </Stack>
    </Page>
  );
}
