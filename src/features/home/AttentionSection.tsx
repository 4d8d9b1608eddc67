import { Link, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useQueries, useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { planUsageQuery } from '../../api/resources/account';
import { broadcastsQuery, statsQuery } from '../../api/resources/broadcasts';
import { textBroadcastsQuery, textStatsQuery } from '../../api/resources/textBroadcasts';
import { Section } from '../../components/Section';
import { attentionReason, type AttentionItem, type BroadcastSummary } from './attention';

/** How many of each kind's broadcasts are looked at (CallFire lists the most recent first). */
const LOOKED_AT = 50;
/** How many finished broadcasts have their statistics read for errors. */
const FINISHED_CHECKED = 10;

function summaries(kind: BroadcastSummary['kind'], items: { id?: number; name?: string; status?: string }[] = []) {
  return items.flatMap((item) =>
    item.id === undefined
      ? []
      : [{ kind, id: item.id, name: item.name || `Unnamed ${kind} broadcast`, status: item.status }],
  );
}

/** Broadcasts that need the operator: suspended, or finished with many errors. */
export function AttentionSection() {
  const voice = useQuery(broadcastsQuery({}, 0, LOOKED_AT));
  const text = useQuery(textBroadcastsQuery({}, 0, LOOKED_AT));
  const creditsLeft = useQuery(planUsageQuery()).data?.totalRemainingCredits;
  const broadcasts = [...summaries('voice', voice.data?.items), ...summaries('text', text.data?.items)];
  const finished = broadcasts.filter((broadcast) => broadcast.status === 'FINISHED').slice(0, FINISHED_CHECKED);
  const stats = useQueries({
    queries: finished.map((broadcast) =>
      broadcast.kind === 'voice' ? statsQuery(broadcast.id, false) : textStatsQuery(broadcast.id, false),
    ),
  });
  const statsById = new Map(
    finished.map((broadcast, index) => {
      const data = stats[index].data;
      return [broadcast.id, data && { total: data.totalOutboundCount ?? 0, errors: data.errorCount ?? 0 }];
    }),
  );
  const items: AttentionItem[] = broadcasts.flatMap((broadcast) => {
    const reason = attentionReason(broadcast, statsById.get(broadcast.id), creditsLeft);
    return reason ? [{ ...broadcast, reason }] : [];
  });
  return (
    <Section title="Needs attention">
      {!voice.isPending && !text.isPending && items.length === 0 && (
        <Typography color="text.secondary">Nothing needs attention.</Typography>
      )}
      <List dense aria-label="Broadcasts that need attention">
        {items.map((item) => (
          <ListItem key={item.id} disableGutters>
            <ListItemText
              primary={
                <Link component={RouterLink} to={`/broadcasts/${item.kind}/${item.id}`}>
                  {item.name}
                </Link>
              }
              secondary={item.reason}
            />
          </ListItem>
        ))}
      </List>
    </Section>
  );
}
