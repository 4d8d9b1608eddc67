import { Box, Chip, Stack } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import {
  broadcastTextsQuery,
  textBatchesQuery,
  textBroadcastMutations,
  textBroadcastQuery,
  textStatsQuery,
  type TextBroadcast,
} from '../../api/resources/textBroadcasts';
import { DetailList } from '../../components/DetailList';
import { MediaLinks } from '../../components/MediaLinks';
import { Page } from '../../components/Page';
import { PageSkeleton } from '../../components/PageSkeleton';
import { Section } from '../../components/Section';
import { textColumns } from '../../components/textColumns';
import { formatDateTime } from '../../lib/format';
import { formatPhone } from '../../lib/phone';
import { segmentCount } from '../../../shared/textMessage';
import { BatchesPanel } from './BatchesPanel';
import { BroadcastActionsPanel } from './BroadcastActionsPanel';
import { BroadcastStatusChip } from './BroadcastStatusChip';
import { CallAgainButton } from './CallAgainDialog';
import { CallMeFirstButton } from './CallMeFirstDialog';
import { StatsPanel } from './StatsPanel';
import { BIG_MESSAGE_STRATEGY } from '../../lib/vocabulary';
import { textPreflightOf, textStatsView } from './textStats';
import { describeRestriction } from './timingForm';
import { useBroadcastCommands } from './useBroadcastCommands';

function settingsOf(broadcast: TextBroadcast) {
  return [
    { label: 'Status', value: <BroadcastStatusChip status={broadcast.status} /> },
    { label: 'From', value: formatPhone(broadcast.fromNumber) },
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
    {
      label: 'Message',
      value: (
        <Box component="span" sx={{ whiteSpace: 'pre-wrap' }}>
          {broadcast.message || 'None yet'}
        </Box>
      ),
    },
    {
      label: 'Length',
      value: `${[...(broadcast.message ?? '')].length} characters, ${segmentCount(broadcast.message ?? '')} part(s) before placeholders are filled`,
    },
    {
      label: 'Over 160 characters',
      value: BIG_MESSAGE_STRATEGY[broadcast.bigMessageStrategy ?? 'SEND_MULTIPLE'],
    },
    { label: 'Media', value: <MediaLinks media={broadcast.media} /> },
    { label: 'Most texts at once', value: broadcast.maxActive ?? 50 },
    { label: 'Local time restriction', value: describeRestriction(broadcast.localTimeRestriction) },
    {
      label: 'Schedules',
      value: broadcast.schedules?.length ? `${broadcast.schedules.length}` : 'None (texts when started)',
    },
    { label: 'Resume next day', value: broadcast.resumeNextDay ? 'Yes' : 'No' },
    { label: 'Last change', value: formatDateTime(broadcast.lastModified) },
  ];
}

export function TextBroadcastDetailPage() {
  const id = Number(useParams().id);
  const { data: broadcast } = useQuery(textBroadcastQuery(id));
  const commands = useBroadcastCommands({
    kind: 'text',
    id,
    broadcast,
    command: textBroadcastMutations.command(id),
    statsQuery: textStatsQuery(id, false),
    preflightOf: textPreflightOf,
  });
  const { data: stats } = useQuery(textStatsQuery(id, commands.live));
  const { data: batches } = useQuery(textBatchesQuery(id, commands.live));
  if (!broadcast) return <PageSkeleton />;

  return (
    <Page
      title={broadcast.name || `Text broadcast ${id}`}
      actions={
        <>
          {commands.actions}
          <CallAgainButton kind="text" broadcast={broadcast} />
          {!commands.archived && <CallMeFirstButton kind="text" broadcastOf={() => broadcast} />}
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
            <StatsPanel view={stats && textStatsView(stats)} />
          </Section>
        </Box>
        <Section title="Batches">
          <BatchesPanel
            kind="text"
            batches={batches?.items}
            editable={!commands.archived}
            addBatch={textBroadcastMutations.addBatch(id)}
            addRecipients={textBroadcastMutations.addRecipients(id)}
          />
        </Section>
        <Section title="Texts">
          <BroadcastActionsPanel
            label="Texts of this broadcast"
            batches={batches?.items}
            columns={textColumns}
            query={(batchId, offset, limit) => broadcastTextsQuery(id, batchId, offset, limit, commands.live)}
          />
        </Section>
      </Stack>
    </Page>
  );
}
