import { Link, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { latestCallsQuery, recordingAudioUrl } from '../../api/resources/calls';
import { Section } from '../../components/Section';
import { LazyWaveformPlayer } from '../../components/LazyWaveformPlayer';
import { formatDateTime } from '../../lib/format';
import { formatPhone } from '../../lib/phone';

/** How many of the newest calls are searched for recordings, and how many recordings are shown. */
const CALLS_SEARCHED = 100;
const SHOWN = 3;

/** The newest answers recorded by broadcasts and calls, each in the shared waveform player. */
export function LatestRecordings() {
  const { data, isPending } = useQuery(latestCallsQuery({ states: 'FINISHED' }, CALLS_SEARCHED));
  const recordings = (data?.items ?? [])
    .flatMap((call) =>
      (call.records ?? []).flatMap((record) =>
        (record.recordings ?? []).map((recording) => ({ ...recording, toNumber: call.toNumber })),
      ),
    )
    .filter((recording) => recording.id !== undefined)
    .sort((a, b) => (b.created ?? 0) - (a.created ?? 0))
    .slice(0, SHOWN);
  return (
    <Section title="Latest recordings">
      {!isPending && recordings.length === 0 && (
        <Typography color="text.secondary">No call was recorded lately.</Typography>
      )}
      <Stack spacing={3}>
        {recordings.map((recording) => {
          const title = `${recording.name ?? 'Recording'} from ${formatPhone(recording.toNumber ?? '')}`;
          return (
            <Stack key={recording.id} spacing={1}>
              <Typography variant="body2">
                <Link component={RouterLink} to={`/calls/recordings/${recording.id}`}>
                  {title}
                </Link>{' '}
                <Typography component="span" variant="inherit" color="text.secondary">
                  {formatDateTime(recording.created)}
                </Typography>
              </Typography>
              <LazyWaveformPlayer src={recordingAudioUrl(recording.id ?? 0)} title={title} />
            </Stack>
          );
        })}
      </Stack>
    </Section>
  );
}
