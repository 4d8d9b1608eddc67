import ArchiveIcon from '@mui/icons-material/Archive';
import DownloadIcon from '@mui/icons-material/Download';
import { Alert, Button, Card, CardContent, Stack } from '@mui/material';
import { useQuery, useMutation } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { DetailList } from '../../components/DetailList';
import { Page } from '../../components/Page';
import { PageSkeleton } from '../../components/PageSkeleton';
import { useConfirm } from '../../components/useConfirm';
import { WaveformPlayer } from '../../components/WaveformPlayer';
import { formatDateTime } from '../../lib/format';
import { notify } from '../../lib/notifications';
import { SoundStatusChip } from './SoundStatusChip';
import { isPendingSound, soundAudioUrl, soundMutations, soundQuery } from '../../api/resources/sounds';
import { formatSoundLength } from '../../lib/soundLabels';

/** One sound: its details, its player, downloads and archiving. Archived sounds stay readable here. */
export function SoundDetailPage() {
  const id = Number(useParams().id);
  const { data: sound } = useQuery(soundQuery(id));
  const archive = useMutation(soundMutations.archive());
  const [confirm, confirmDialog] = useConfirm();
  if (!sound) return <PageSkeleton />;
  const name = sound.name ?? `Sound ${id}`;
  const hasAudio = sound.status === 'ACTIVE' || sound.status === 'ACTIVE_SYSTEM' || sound.status === 'ARCHIVED';

  const onArchive = async () => {
    const confirmed = await confirm({
      title: `Archive "${name}"?`,
      message: 'Archived sounds leave the library list and cannot be picked for new broadcasts. This page still opens.',
      confirmLabel: 'Archive',
      destructive: true,
    });
    if (!confirmed) return;
    archive.mutate(id, { onSuccess: () => notify(`Archived "${name}"`, 'success') });
  };

  return (
    <Page
      title={name}
      actions={
        sound.status !== 'ARCHIVED' && (
          <Button
            color="error"
            startIcon={<ArchiveIcon />}
            onClick={() => void onArchive()}
            disabled={archive.isPending}
          >
            Archive
          </Button>
        )
      }
    >
      <Stack spacing={3}>
        {isPendingSound(sound) && (
          <Alert severity="info">
            {sound.status === 'RECORDING'
              ? 'CallFire is calling to record this sound. This page updates when the recording is ready.'
              : 'This sound is being processed. This page updates when it is ready.'}
          </Alert>
        )}
        {sound.status === 'ARCHIVED' && (
          <Alert severity="warning">
            This sound is archived: it is hidden from the library unless archived sounds are included.
          </Alert>
        )}
        <Card>
          <CardContent>
            <DetailList
              details={[
                { label: 'Status', value: <SoundStatusChip status={sound.status} /> },
                { label: 'Length', value: formatSoundLength(sound.lengthInSeconds) },
                { label: 'Added', value: formatDateTime(sound.created) },
              ]}
            />
          </CardContent>
        </Card>
        {hasAudio && (
          <>
            <WaveformPlayer src={soundAudioUrl(id, 'mp3')} title={name} downloadName={`${name}.mp3`} />
            <Stack direction="row" spacing={1}>
              <Button
                variant="outlined"
                startIcon={<DownloadIcon />}
                href={soundAudioUrl(id, 'mp3')}
                download={`${name}.mp3`}
              >
                Download MP3
              </Button>
              <Button
                variant="outlined"
                startIcon={<DownloadIcon />}
                href={soundAudioUrl(id, 'wav')}
                download={`${name}.wav`}
              >
                Download WAV
              </Button>
            </Stack>
          </>
        )}
      </Stack>
      {confirmDialog}
    </Page>
  );
}
