import { Link, Stack } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink, useParams } from 'react-router';
import type { Schema } from '../../api/types';
import { DetailList } from '../../components/DetailList';
import { Page } from '../../components/Page';
import { PageSkeleton } from '../../components/PageSkeleton';
import { Section } from '../../components/Section';
import { StatusChip } from '../../components/StatusChip';
import { RECORDING_STATE } from '../../lib/vocabulary';
import { formatDateTime, formatNumber } from '../../lib/format';
import { BroadcastLink } from '../../components/RecordLinks';
import { RecordingPlayer } from './RecordingPlayer';
import {
  namedRecordingAudioUrl,
  recordingAudioUrl,
  recordingByNameQuery,
  recordingQuery,
} from '../../api/resources/calls';

function RecordingDetails({ recording, src }: { recording: Schema<'CallRecording'>; src: string }) {
  return (
    <Page title={`Recording ${recording.name} of call ${recording.callId}`}>
      <Stack spacing={3}>
        <Section title="Audio">
          <RecordingPlayer recording={recording} src={src} />
        </Section>
        <Section title="Details">
          <DetailList
            details={[
              { label: 'Recording id', value: recording.id },
              {
                label: 'Call',
                value: (
                  <Link component={RouterLink} to={`/calls/${recording.callId}`}>
                    Call {recording.callId}
                  </Link>
                ),
              },
              {
                label: 'Broadcast',
                value: recording.campaignId ? <BroadcastLink id={recording.campaignId} kind="voice" /> : 'None',
              },
              { label: 'State', value: <StatusChip terms={RECORDING_STATE} code={recording.state} /> },
              {
                label: 'Length',
                value: `${formatNumber(recording.lengthInSeconds)} s, ${formatNumber(recording.lengthInBytes)} bytes`,
              },
              { label: 'Recorded', value: formatDateTime(recording.created) },
              { label: 'Hash', value: recording.hash },
            ]}
          />
        </Section>
      </Stack>
    </Page>
  );
}

/** A recording found by its id (`/calls/recordings/:recordingId`). */
export function RecordingByIdPage() {
  const recordingId = Number(useParams().recordingId);
  const { data: recording } = useQuery(recordingQuery(recordingId));
  if (!recording) return <PageSkeleton />;
  return <RecordingDetails recording={recording} src={recordingAudioUrl(recordingId)} />;
}

/** A recording found by its call and name (`/calls/:id/recordings/:name`). */
export function RecordingByNamePage() {
  const params = useParams();
  const callId = Number(params.id);
  const name = params.name!;
  const { data: recording } = useQuery(recordingByNameQuery(callId, name));
  if (!recording) return <PageSkeleton />;
  return <RecordingDetails recording={recording} src={namedRecordingAudioUrl(callId, name)} />;
}
