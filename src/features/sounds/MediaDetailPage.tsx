import DownloadIcon from '@mui/icons-material/Download';
import LinkIcon from '@mui/icons-material/Link';
import { Alert, Box, Button, Card, CardContent, Stack } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { DetailList } from '../../components/DetailList';
import { Page } from '../../components/Page';
import { Section } from '../../components/Section';
import { PageSkeleton } from '../../components/PageSkeleton';
import { WaveformPlayer } from '../../components/WaveformPlayer';
import { formatDateTime } from '../../lib/format';
import { formatBytes } from '../../lib/format';
import { type Media, mediaFileUrls, mediaKind, mediaQuery } from '../../api/resources/media';

function MediaPreview({ media, src }: { media: Media; src: string }) {
  const name = media.name ?? `Media ${media.id}`;
  switch (mediaKind(media)) {
    case 'image':
      return (
        <Box
          component="img"
          src={src}
          alt={name}
          sx={{ maxWidth: '100%', maxHeight: 480, borderRadius: 1, border: 1, borderColor: 'divider' }}
        />
      );
    case 'audio':
      return <WaveformPlayer src={src} title={name} />;
    case 'video':
      return <Box component="video" controls src={src} aria-label={name} sx={{ maxWidth: '100%', maxHeight: 480 }} />;
    default:
      return <Alert severity="info">No preview for {media.mediaType} files; download it instead.</Alert>;
  }
}

/** One media file: details, a preview, downloads by id and as binary, and its public link. */
export function MediaDetailPage() {
  const id = Number(useParams().id);
  const { data: media } = useQuery(mediaQuery(id));
  if (!media) return <PageSkeleton />;
  const urls = mediaFileUrls(media);
  const fileName = `${media.name ?? `media-${id}`}.${urls.extension}`;

  return (
    <Page title={media.name ?? `Media ${id}`}>
      <Stack spacing={3}>
        <Card>
          <CardContent>
            <DetailList
              details={[
                { label: 'Media id', value: media.id },
                { label: 'Type', value: media.mediaType },
                { label: 'Size', value: formatBytes(media.lengthInBytes) },
                { label: 'Added', value: formatDateTime(media.created) },
                { label: 'Public URL', value: media.publicUrl },
              ]}
            />
          </CardContent>
        </Card>
        <Section title="Preview">
          <MediaPreview media={media} src={urls.byPublicKey ?? urls.byId} />
        </Section>
        <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
          <Button variant="outlined" startIcon={<DownloadIcon />} href={urls.byId} download={fileName}>
            Download .{urls.extension}
          </Button>
          <Button variant="outlined" startIcon={<DownloadIcon />} href={urls.binary} download={fileName}>
            Download binary
          </Button>
          {urls.byPublicKey && (
            <Button variant="outlined" startIcon={<LinkIcon />} href={urls.byPublicKey} target="_blank" rel="noopener">
              Open public link
            </Button>
          )}
        </Stack>
      </Stack>
    </Page>
  );
}
