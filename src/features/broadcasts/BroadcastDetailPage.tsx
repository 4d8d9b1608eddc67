import { Box, Chip, Stack } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import {
  broadcastResource,
  type BroadcastKind,
  type CallBroadcast,
  type TextBroadcast,
} from '../../api/resources/broadcasts';
import { DetailList, type Detail } from '../../components/DetailList';
import { Page } from '../../components/Page';
import { PageSkeleton } from '../../components/PageSkeleton';
import { Section } from '../../components/Section';
import { formatDateTime } from '../../lib/format';
import { formatPhone } from '../../lib/phone';
import { BatchesPanel } from './BatchesPanel';
import { BroadcastActionsPanel } from './BroadcastActionsPanel';
import { BroadcastExport } from './BroadcastExport';
import { KIND_WORDS } from './broadcastKinds';
import { BroadcastStatusChip } from './BroadcastStatusChip';
import { CallAgainButton } from './CallAgainButton';
import type { CallAgainSubject } from './CallAgainDialog';
import { CallMeFirstButton } from './CallMeFirstButton';
import type { CallMeFirstSource } from './CallMeFirstDialog';
import type { KindDetail } from './kindDetail';
import { StatsPanel } from './StatsPanel';
import { textDetail } from './textDetail';
import { describeRestriction } from './localTimeRestriction';
import { useBroadcastCommands } from './useBroadcastCommands';
import { voiceDetail } from './voiceDetail';

/** The settings both kinds have, around the kind's own. */
function settingsOf(kind: BroadcastKind, broadcast: CallBroadcast | TextBroadcast, particular: Detail[]): Detail[] {
  const words = KIND_WORDS[kind];
  return [
    { label: 'Status', value: <BroadcastStatusChip status={broadcast.status} /> },
    { label: words.sender, value: formatPhone(broadcast.fromNumber) },
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
    ...particular,
    { label: 'Local time restriction', value: describeRestriction(broadcast.localTimeRestriction) },
    {
      label: 'Schedules',
      value: broadcast.schedules?.length ? `${broadcast.schedules.length}` : `None (${words.unscheduled})`,
    },
    { label: 'Last change', value: formatDateTime(broadcast.lastModified) },
  ];
}

/** A broadcast of either kind: settings, statistics, batches, its calls or texts, and its commands. */
function BroadcastDetail<K extends BroadcastKind>({ kind, view }: { kind: K; view: KindDetail<K> }) {
  const id = Number(useParams().id);
  const resource = broadcastResource(kind);
  const words = KIND_WORDS[kind];
  const { data: broadcast } = useQuery(resource.detail(id));
  const commands = useBroadcastCommands({
    kind,
    id,
    broadcast,
    command: resource.mutations.command(id),
    statsQuery: resource.stats(id, false),
    pendingBlockedQuery: view.pendingBlockedQuery?.(id),
    preflightOf: view.preflightOf,
  });
  const { data: stats } = useQuery(resource.stats(id, commands.live));
  const { data: batches } = useQuery(resource.batches(id, commands.live));
  if (!broadcast) return <PageSkeleton />;
  // Each button takes its kind's broadcast; `kind` and `broadcast` came from the same resource.
  const subject = { kind, broadcast } as CallAgainSubject;
  const source = { kind, broadcastOf: () => broadcast } as CallMeFirstSource;

  return (
    <Page
      title={broadcast.name || `${kind === 'voice' ? 'Broadcast' : 'Text broadcast'} ${id}`}
      actions={
        <>
          {commands.actions}
          <CallAgainButton {...subject} />
          {!commands.archived && <CallMeFirstButton {...source} />}
        </>
      }
    >
      {commands.dialogs}
      {commands.alerts}
      <Stack spacing={3}>
        <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { lg: '2fr 3fr' }, alignItems: 'start' }}>
          <Section title="Settings">
            <DetailList details={settingsOf(kind, broadcast, view.settings(broadcast))} />
          </Section>
          <Section title="Statistics">
            <StatsPanel view={stats && view.statsView(stats)} />
          </Section>
        </Box>
        <Section title="Batches">
          <BatchesPanel kind={kind} id={id} batches={batches?.items} editable={!commands.archived} />
        </Section>
        <Section
          title={words.units}
          action={
            <Stack direction="row" spacing={1}>
              {view.actionTools?.(id)}
              <BroadcastExport resource={resource} id={id} name={broadcast.name} columns={view.csvColumns} />
            </Stack>
          }
        >
          <BroadcastActionsPanel
            label={`${words.units} of this broadcast`}
            batches={batches?.items}
            columns={view.columns}
            query={(batchId, offset, limit) => resource.actionPage(id, batchId, offset, limit, commands.live)}
          />
        </Section>
        {view.after?.(id)}
      </Stack>
    </Page>
  );
}

export const VoiceBroadcastDetailPage = () => <BroadcastDetail kind="voice" view={voiceDetail} />;
export const TextBroadcastDetailPage = () => <BroadcastDetail kind="text" view={textDetail} />;
