import { Box, Link, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink, useParams } from 'react-router';
import { callQuery, recordingAudioUrl, recordingsQuery, type Call } from '../../api/resources/calls';
import { ActionRecordSections, originDetails, settledColumns, recordsTable } from '../../components/ActionSections';
import { CallResultChip, CallStateChip } from '../../components/CallChips';
import { DetailList } from '../../components/DetailList';
import { Page } from '../../components/Page';
import { PageSkeleton } from '../../components/PageSkeleton';
import { Section } from '../../components/Section';
import { formatDateTime, formatNumber } from '../../lib/format';
import { formatPhone } from '../../lib/phone';
import { RecordingPlayer } from './RecordingPlayer';

function Recordings({ callId, settled }: { callId: number; settled: boolean }) {
  const { data: recordings } = useQuery({ ...recordingsQuery(callId), refetchInterval: settled ? false : 1500 });
  if (!recordings) return null;
  if (recordings.length === 0)
    return <Typography color="text.secondary">No recordings were made on this call.</Typography>;
  return (
    <Stack spacing={3}>
      {recordings.map((recording) => (
        <Box key={recording.id}>
          <RecordingPlayer recording={{ ...recording, callId }} src={recordingAudioUrl(recording.id!)} />
          <Stack direction="row" spacing={2} sx={{ mt: 1 }}>
            <Link component={RouterLink} to={`/calls/${callId}/recordings/${encodeURIComponent(recording.name!)}`}>
              Recording {recording.name} details
            </Link>
            <Link component={RouterLink} to={`/calls/recordings/${recording.id}`}>
              Permanent link (recording {recording.id})
            </Link>
          </Stack>
        </Box>
      ))}
    </Stack>
  );
}

type Attempt = NonNullable<Call['records']>[number];

const attempts = recordsTable<Attempt>('Attempts', 'Attempt', 'Not dialled yet.', [
  { header: 'Result', cell: (record) => <CallResultChip result={record.result} /> },
  { header: 'Dialled', cell: (record) => formatDateTime(record.originateTime) },
  { header: 'Answered', cell: (record) => formatDateTime(record.answerTime) },
  { header: 'Duration (s)', align: 'right', cell: (record) => formatNumber(record.duration) },
  ...settledColumns<Attempt>(),
]);

export function CallDetailPage() {
  const id = Number(useParams().id);
  const { data: call } = useQuery(callQuery(id));
  if (!call) return <PageSkeleton />;
  const settled = call.state !== 'READY' && call.state !== 'SELECTED';
  return (
    <Page title={`Call ${id}`}>
      <Stack spacing={3}>
        <Section title="Call">
          <DetailList
            details={[
              { label: 'State', value: <CallStateChip state={call.state} /> },
              {
                label: 'Result',
                value: call.finalCallResult ? <CallResultChip result={call.finalCallResult} /> : 'Not yet',
              },
              { label: 'To', value: formatPhone(call.toNumber) },
              { label: 'From', value: formatPhone(call.fromNumber) },
              ...originDetails(call, 'voice'),
              { label: 'Direction', value: call.inbound ? 'Inbound' : 'Outbound' },
              { label: 'Created', value: formatDateTime(call.created) },
              { label: 'Last change', value: formatDateTime(call.modified) },
              { label: 'Labels', value: call.labels?.join(', ') || 'None' },
            ]}
          />
        </Section>
        <ActionRecordSections table={attempts} action={call} />
        <Section title="Recordings">
          <Recordings callId={id} settled={settled} />
        </Section>
      </Stack>
    </Page>
  );
}
