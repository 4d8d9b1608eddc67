import HeadphonesIcon from '@mui/icons-material/Headphones';
import { Box, Button, Chip, Stack } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink, useParams } from 'react-router';
import {
  batchesQuery,
  broadcastCallsQuery,
  broadcastMutations,
  broadcastQuery,
  pendingDoNotCallQuery,
  statsQuery,
  type CallBroadcast,
} from '../../api/resources/broadcasts';
import { callColumns } from '../../components/callColumns';
import { DetailList } from '../../components/DetailList';
import { Page } from '../../components/Page';
import { PageSkeleton } from '../../components/PageSkeleton';
import { Section } from '../../components/Section';
import { formatDateTime } from '../../lib/format';
import { formatPhone } from '../../lib/phone';
import { MACHINE_DETECTION_DETAIL } from '../../lib/vocabulary';
import { BatchesPanel } from './BatchesPanel';
import { BroadcastCallsExport } from './BroadcastCallsExport';
import { BroadcastActionsPanel } from './BroadcastActionsPanel';
import { BroadcastStatusChip } from './BroadcastStatusChip';
import { CallAgainButton } from './CallAgainDialog';
import { CallMeFirstButton } from './CallMeFirstDialog';
import { callStatsView } from './callStats';
import { CallMap } from './CallMap';
import { preflightOf } from './preflight';
import { StatsPanel } from './StatsPanel';
import { describeRestriction } from './timingForm';
import { useBroadcastCommands } from './useBroadcastCommands';

function settingsOf(broadcast: CallBroadcast) {
  const retry = broadcast.retryConfig;
  return [
    { label: 'Status', value: <BroadcastStatusChip status={broadcast.status} /> },
    { label: 'Caller id', value: formatPhone(broadcast.fromNumber) },
    {
      label: 'Labels',
      value: broadcast.labels?.length ? (
        <Stack direction="row" spacing={0.5} component="span">
          {broadcast.labels.map((label) => (
            <Chip key={label} size="small" label={label} />
          ))}
        </Stack>
      ) : (
        'None'
      ),
    },
    { label: 'Type', value: broadcast.dialplanXml ? 'IVR dialplan' : 'Sounds' },
    {
      label: 'Answering machines',
      value: MACHINE_DETECTION_DETAIL[broadcast.answeringMachineConfig ?? 'AM_AND_LIVE'],
    },
    { label: 'Max concurrent calls', value: broadcast.maxActive ?? 50 },
    {
      label: 'Retries',
      value:
        (retry?.maxAttempts ?? 1) > 1
          ? `${retry!.maxAttempts} attempts, ${retry!.minutesBetweenAttempts ?? 60} min apart, on ${(retry!.retryResults ?? []).join(', ') || 'no result'}`
          : 'None',
    },
    { label: 'Local time restriction', value: describeRestriction(broadcast.localTimeRestriction) },
    {
      label: 'Schedules',
      value: broadcast.schedules?.length ? `${broadcast.schedules.length}` : 'None (dials when started)',
    },
    { label: 'Last change', value: formatDateTime(broadcast.lastModified) },
  ];
}

export function BroadcastDetailPage() {
  const id = Number(useParams().id);
  const { data: broadcast } = useQuery(broadcastQuery(id));
  const commands = useBroadcastCommands({
    kind: 'voice',
    id,
    broadcast,
    command: broadcastMutations.command(id),
    statsQuery: statsQuery(id, false),
    pendingBlockedQuery: pendingDoNotCallQuery(id),
    preflightOf,
  });
  const { data: stats } = useQuery(statsQuery(id, commands.live));
  const { data: batches } = useQuery(batchesQuery(id, commands.live));
  if (!broadcast) return <PageSkeleton />;

  return (
    <Page
      title={broadcast.name || `Broadcast ${id}`}
      actions={
        <>
          {commands.actions}
          <CallAgainButton kind="voice" broadcast={broadcast} />
          {!commands.archived && <CallMeFirstButton kind="voice" broadcastOf={() => broadcast} />}
        </>
      }
    >
      {commands.dialogs}
      {commands.alerts}
      <Stack spacing={3}>
        <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { lg: '2fr 3fr' }, alignItems: 'start' }}>
          <Section title="Settings">
            <DetailList details={settingsOf(broadcast)} />
          </Section>
          <Section title="Statistics">
            <StatsPanel view={stats && callStatsView(stats)} />
          </Section>
        </Box>
        <Section title="Batches">
          <BatchesPanel
            kind="voice"
            batches={batches?.items}
            editable={!commands.archived}
            addBatch={broadcastMutations.addBatch(id)}
            addRecipients={broadcastMutations.addRecipients(id)}
          />
        </Section>
        <Section
          title="Calls"
          action={
            <Stack direction="row" spacing={1}>
              <Button component={RouterLink} to={`/calls/review?broadcast=${id}`} startIcon={<HeadphonesIcon />}>
                Review recordings
              </Button>
              <BroadcastCallsExport id={id} name={broadcast.name} />
            </Stack>
          }
        >
          <BroadcastActionsPanel
            label="Calls of this broadcast"
            batches={batches?.items}
            columns={callColumns}
            query={(batchId, offset, limit) => broadcastCallsQuery(id, batchId, offset, limit, commands.live)}
          />
        </Section>
        <Section title="Where the calls went">
          <CallMap broadcastId={id} />
        </Section>
      </Stack>
    </Page>
  );
}
