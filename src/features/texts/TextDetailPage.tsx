import { Box, Link, Stack } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink, useParams } from 'react-router';
import { textQuery, type Text } from '../../api/resources/texts';
import { ActionRecordSections, originDetails, settledColumns, recordsTable } from '../../components/ActionSections';
import { CallStateChip } from '../../components/CallChips';
import { DetailList } from '../../components/DetailList';
import { MediaLinks } from '../../components/MediaLinks';
import { Page } from '../../components/Page';
import { PageSkeleton } from '../../components/PageSkeleton';
import { Section } from '../../components/Section';
import { TextResultChip } from '../../components/TextChips';
import { formatDateTime } from '../../lib/format';
import { formatPhone } from '../../lib/phone';
import { otherParty } from './conversations';

type Part = NonNullable<Text['records']>[number];

const parts = recordsTable<Part>('Messages sent', 'Part', 'Nothing sent yet.', [
  {
    header: 'Message',
    cell: (record) => <Box sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{record.message}</Box>,
  },
  { header: 'Result', cell: (record) => <TextResultChip result={record.textResult} /> },
  ...settledColumns<Part>(),
]);

export function TextDetailPage() {
  const id = Number(useParams().id);
  const { data: text } = useQuery(textQuery(id));
  if (!text) return <PageSkeleton />;
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
              ...originDetails(text, 'text'),
              { label: 'Media', value: <MediaLinks media={text.media} /> },
              { label: 'Created', value: formatDateTime(text.created) },
              { label: 'Last change', value: formatDateTime(text.modified) },
              { label: 'Labels', value: text.labels?.join(', ') || 'None' },
            ]}
          />
        </Section>
        <ActionRecordSections table={parts} action={text} />
      </Stack>
    </Page>
  );
}
