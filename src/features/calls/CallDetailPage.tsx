import { Box, Link, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink, useParams } from 'react-router';
import { CallResultChip, CallStateChip } from '../../components/CallChips';
import { DetailList } from '../../components/DetailList';
import { Page } from '../../components/Page';
import { PageSkeleton } from '../../components/PageSkeleton';
import { Section } from '../../components/Section';
import { formatDateTime, formatNumber } from '../../lib/format';
import { formatPhone } from '../../lib/phone';
import { WaveformPlayer } from '../../components/WaveformPlayer';
import { callQuery, recordingAudioUrl, recordingsQuery } from '../../api/resources/calls';

function Recordings({ callId, settled }: { callId: number; settled: boolean }) {
  const { data: recordings } = useQuery({ ...recordingsQuery(callId), refetchInterval: settled ? false : 1500 });
  if (!recordings) return null;
  if (recordings.length === 0)
    return <Typography color="text.secondary">No recordings were made on this call.</Typography>;
  return (
    <Stack spacing={3}>
      {recordings.map((recording) => (
        <Box key={recording.id}>
          <WaveformPlayer
            src={recordingAudioUrl(recording.id!)}
            title={`Recording "${recording.name}" (${recording.lengthInSeconds ?? 0} s)`}
            downloadName={`call-${callId}-${recording.name}.mp3`}
          />
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

export function CallDetailPage() {
  const id = Number(useParams().id);
  const { data: call } = useQuery(callQuery(id));
  if (!call) return <PageSkeleton />;
  const settled = call.state !== 'READY' && call.state !== 'SELECTED';
  const attributes = Object.entries(call.attributes ?? {});
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
              {
                label: 'Broadcast',
                value: call.campaignId ? (
                  <Link component={RouterLink} to={`/broadcasts/voice/${call.campaignId}`}>
                    Broadcast {call.campaignId}
                  </Link>
                ) : (
                  'Sent on its own'
                ),
              },
              { label: 'Batch', value: call.batchId },
              { label: 'Direction', value: call.inbound ? 'Inbound' : 'Outbound' },
              { label: 'Created', value: formatDateTime(call.created) },
              { label: 'Last change', value: formatDateTime(call.modified) },
              { label: 'Labels', value: call.labels?.join(', ') || 'None' },
            ]}
          />
        </Section>
        <Section title="Attempts">
          {(call.records ?? []).length === 0 ? (
            <Typography color="text.secondary">Not dialled yet.</Typography>
          ) : (
            <Box sx={{ overflowX: 'auto' }}>
              <Table size="small" aria-label="Attempts">
                <TableHead>
                  <TableRow>
                    <TableCell>Attempt</TableCell>
                    <TableCell>Result</TableCell>
                    <TableCell>Dialled</TableCell>
                    <TableCell>Answered</TableCell>
                    <TableCell>Finished</TableCell>
                    <TableCell align="right">Duration (s)</TableCell>
                    <TableCell align="right">Billed credits</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {call.records!.map((record, index) => (
                    <TableRow key={record.id ?? index}>
                      <TableCell>{index + 1}</TableCell>
                      <TableCell>
                        <CallResultChip result={record.result} />
                      </TableCell>
                      <TableCell>{formatDateTime(record.originateTime)}</TableCell>
                      <TableCell>{formatDateTime(record.answerTime)}</TableCell>
                      <TableCell>{formatDateTime(record.finishTime)}</TableCell>
                      <TableCell align="right">{formatNumber(record.duration)}</TableCell>
                      <TableCell align="right">{formatNumber(record.billedAmount)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Box>
          )}
        </Section>
        <Section title="Attributes">
          {attributes.length ? (
            <DetailList details={attributes.map(([label, value]) => ({ label, value }))} />
          ) : (
            <Typography color="text.secondary">None.</Typography>
          )}
        </Section>
        <Section title="Recordings">
          <Recordings callId={id} settled={settled} />
        </Section>
      </Stack>
    </Page>
  );
}
