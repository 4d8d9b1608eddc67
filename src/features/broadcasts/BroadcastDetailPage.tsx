import ArchiveIcon from '@mui/icons-material/Archive';
import EditIcon from '@mui/icons-material/Edit';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import StopIcon from '@mui/icons-material/Stop';
import { Alert, Box, Button, Chip, Stack } from '@mui/material';
import { useQuery, useQueryClient, useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { DetailList } from '../../components/DetailList';
import { Page } from '../../components/Page';
import { PageSkeleton } from '../../components/PageSkeleton';
import { Section } from '../../components/Section';
import { useConfirm } from '../../components/useConfirm';
import { formatDateTime } from '../../lib/format';
import { formatPhone } from '../../lib/phone';
import { AMD_MODES } from './broadcastForm';
import { BroadcastStatusChip } from './BroadcastStatusChip';
import { BatchesPanel } from './BatchesPanel';
import { BroadcastCallsPanel } from './BroadcastCallsPanel';
import { CallMap } from './CallMap';
import { PreflightDialog } from './PreflightDialog';
import { StatsPanel } from './StatsPanel';
import {
  broadcastKeys,
  broadcastMutations,
  broadcastQuery,
  type CallBroadcast,
  isLive,
} from '../../api/resources/broadcasts';

function settingsOf(broadcast: CallBroadcast) {
  const retry = broadcast.retryConfig;
  const restriction = broadcast.localTimeRestriction;
  const pad = (value = 0) => String(value).padStart(2, '0');
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
      value: broadcast.answeringMachineConfig ? AMD_MODES[broadcast.answeringMachineConfig] : AMD_MODES.AM_AND_LIVE,
    },
    { label: 'Max concurrent calls', value: broadcast.maxActive ?? 50 },
    {
      label: 'Retries',
      value:
        (retry?.maxAttempts ?? 1) > 1
          ? `${retry!.maxAttempts} attempts, ${retry!.minutesBetweenAttempts ?? 60} min apart, on ${(retry!.retryResults ?? []).join(', ') || 'no result'}`
          : 'None',
    },
    {
      label: 'Local time restriction',
      value: restriction?.enabled
        ? `${pad(restriction.beginHour)}:${pad(restriction.beginMinute)}–${pad(restriction.endHour)}:${pad(restriction.endMinute)} recipient time`
        : 'None',
    },
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
  const command = useMutation(broadcastMutations.command(id));
  const [confirm, confirmDialog] = useConfirm();
  const [preflightOpen, setPreflightOpen] = useState(false);
  const queryClient = useQueryClient();
  const live = isLive(broadcast?.status);
  // Polling stops when the run ends; one more read gets the counts of the last calls.
  useEffect(() => {
    if (!live) void queryClient.invalidateQueries({ queryKey: broadcastKeys.detail(id) });
  }, [live, id, queryClient]);
  if (!broadcast) return <PageSkeleton />;

  const archived = broadcast.status === 'ARCHIVED';
  const stop = async () => {
    if (
      await confirm({
        title: 'Stop this broadcast?',
        message: 'No new calls are dialled; calls in progress finish. Start it again to go on where it stopped.',
        confirmLabel: 'Stop broadcast',
      })
    )
      command.mutate('stop');
  };
  const archive = async () => {
    if (
      await confirm({
        title: 'Archive this broadcast?',
        message:
          'Archiving stops the broadcast and hides it from the broadcast list and from searches. It can still be opened from its address, but not started again.',
        confirmLabel: 'Archive',
        destructive: true,
      })
    )
      command.mutate('archive');
  };
  const start = () => command.mutate('start', { onSuccess: () => setPreflightOpen(false) });

  return (
    <Page
      title={broadcast.name || `Broadcast ${id}`}
      actions={
        !archived && (
          <>
            <Button startIcon={<EditIcon />} component={RouterLink} to={`/broadcasts/voice/${id}/edit`}>
              Edit
            </Button>
            {live ? (
              <Button startIcon={<StopIcon />} variant="contained" color="warning" onClick={stop}>
                Stop
              </Button>
            ) : (
              <Button startIcon={<PlayArrowIcon />} variant="contained" onClick={() => setPreflightOpen(true)}>
                Start
              </Button>
            )}
            <Button startIcon={<ArchiveIcon />} color="error" onClick={archive}>
              Archive
            </Button>
          </>
        )
      }
    >
      {confirmDialog}
      <PreflightDialog
        broadcast={broadcast}
        open={preflightOpen}
        starting={command.isPending}
        onCancel={() => setPreflightOpen(false)}
        onStart={start}
      />
      {broadcast.status === 'SUSPENDED' && (
        <Alert severity="warning" sx={{ mb: 3 }}>
          Suspended: the account ran out of credits, so no more numbers are being dialled. Add credits, then start the
          broadcast again to call the remaining recipients.
        </Alert>
      )}
      {archived && (
        <Alert severity="info" sx={{ mb: 3 }}>
          This broadcast is archived: it is hidden from the list and cannot be started or changed.
        </Alert>
      )}
      <Stack spacing={3}>
        <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { lg: '2fr 3fr' }, alignItems: 'start' }}>
          <Section title="Settings">
            <DetailList details={settingsOf(broadcast)} />
          </Section>
          <Section title="Statistics">
            <StatsPanel broadcastId={id} live={live} />
          </Section>
        </Box>
        <Section title="Batches">
          <BatchesPanel broadcastId={id} live={live} editable={!archived} />
        </Section>
        <Section title="Calls">
          <BroadcastCallsPanel broadcastId={id} live={live} />
        </Section>
        <Section title="Where the calls went">
          <CallMap broadcastId={id} />
        </Section>
      </Stack>
    </Page>
  );
}
