import { Box, Link, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink, useParams } from 'react-router';
import { batchQuery } from '../../api/resources/broadcasts';
import { textBroadcastQuery } from '../../api/resources/textBroadcasts';
import { textQuery } from '../../api/resources/texts';
import { CallStateChip } from '../../components/CallChips';
import { DetailList } from '../../components/DetailList';
import { MediaLinks } from '../../components/MediaLinks';
import { Page } from '../../components/Page';
import { PageSkeleton } from '../../components/PageSkeleton';
import { Section } from '../../components/Section';
import { TextResultChip } from '../../components/TextChips';
import { formatDateTime, formatNumber } from '../../lib/format';
import { formatPhone } from '../../lib/phone';
import { otherParty } from './conversations';

/** The batch a broadcast text came in, by its name once known. */
function BatchName({ id }: { id: number }) {
  const { data: batch } = useQuery({ ...batchQuery(id), refetchInterval: false });
  return <>{batch?.name || `Batch ${id}`}</>;
}

/** A link to the text's broadcast, by its name once known. */
function BroadcastLink({ id }: { id: number }) {
  const { data: broadcast } = useQuery({ ...textBroadcastQuery(id), refetchInterval: false });
  return (
    <Link component={RouterLink} to={`/broadcasts/text/${id}`}>
      {broadcast?.name || `Text broadcast ${id}`}
    </Link>
  );
}

export function TextDetailPage() {
  const id = Number(useParams().id);
  const { data: text } = useQuery(textQuery(id));
  if (!text) return <PageSkeleton />;
  const attributes = Object.entries(text.attributes ?? {});
  const records = text.records ?? [];
  const party = otherParty(text);
  return (
    <Page title={`Text ${id}`}>
      <Stack spacing={3}>
        <Section title="Text">
          <DetailList
            details={[
              { label: 'Message', value: text.message || 'None' },
              { label: 'State', value: <CallStateChip state={text.state} /> },
              {
                label: 'Result',
                value: text.finalTextResult ? <TextResultChip result={text.finalTextResult} /> : 'Not yet',
              },
              { label: 'Direction', value: text.inbound ? 'Received' : 'Sent' },
              { label: 'To', value: formatPhone(text.toNumber) },
              { label: 'From', value: formatPhone(text.fromNumber) },
              {
                label: 'Conversation',
                value: party ? (
                  <Link component={RouterLink} to={`/texts/conversations/${party}`}>
                    With {formatPhone(party)}
                  </Link>
                ) : undefined,
              },
              {
                label: 'Broadcast',
                value: text.campaignId ? <BroadcastLink id={text.campaignId} /> : 'Sent on its own',
              },
              { label: 'Batch', value: text.batchId ? <BatchName id={text.batchId} /> : 'None' },
              { label: 'Media', value: <MediaLinks media={text.media} /> },
              { label: 'Created', value: formatDateTime(text.created) },
              { label: 'Last change', value: formatDateTime(text.modified) },
              { label: 'Labels', value: text.labels?.join(', ') || 'None' },
            ]}
          />
        </Section>
        <Section title="Messages sent">
          {records.length === 0 ? (
            <Typography color="text.secondary">Nothing sent yet.</Typography>
          ) : (
            <Box sx={{ overflowX: 'auto' }}>
              <Table size="small" aria-label="Messages sent">
                <TableHead>
                  <TableRow>
                    <TableCell>Part</TableCell>
                    <TableCell>Message</TableCell>
                    <TableCell>Result</TableCell>
                    <TableCell>Finished</TableCell>
                    <TableCell align="right">Billed credits</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {records.map((record, index) => (
                    <TableRow key={record.id ?? index}>
                      <TableCell>{index + 1}</TableCell>
                      <TableCell sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{record.message}</TableCell>
                      <TableCell>
                        <TextResultChip result={record.textResult} />
                      </TableCell>
                      <TableCell>{formatDateTime(record.finishTime)}</TableCell>
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
      </Stack>
    </Page>
  );
}
