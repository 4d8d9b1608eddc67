import { Box, Card, CardContent, Stack } from '@mui/material';
import type { GridColDef } from '@mui/x-data-grid';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage } from '../../api/ApiError';
import {
  availableKeywordsQuery,
  keywordLeasesQuery,
  numberMutations,
  type KeywordLease,
} from '../../api/resources/numbers';
import { DebouncedTextField } from '../../components/DebouncedTextField';
import { Page } from '../../components/Page';
import { Section } from '../../components/Section';
import { ServerDataGrid } from '../../components/ServerDataGrid';
import { formatDate } from '../../lib/format';
import { useListParams } from '../../lib/useListParams';
import { KeywordChecker } from './KeywordChecker';
import { KeywordLeaseSwitch } from './KeywordLeaseSwitch';
import { readKeywords } from './keywordInput';
import { linkColumn, statusColumn } from '../../components/gridColumns';
import { LEASE_STATUS } from '../../lib/vocabulary';
import { NumbersTabs } from './NumbersTabs';
import { OrderSummary } from './OrderSummary';
import { usePlaceOrder } from './usePlaceOrder';

const columns: GridColDef<KeywordLease>[] = [
  linkColumn({
    field: 'keyword',
    headerName: 'Keyword',
    flex: 1,
    minWidth: 140,
    to: (row) => `/numbers/keywords/${row.keyword}`,
  }),
  { field: 'shortCode', headerName: 'Short code', width: 110 },
  statusColumn({ field: 'status', headerName: 'Lease', width: 120, terms: LEASE_STATUS, code: (row) => row.status }),
  {
    field: 'leaseBegin',
    headerName: 'Leased since',
    width: 130,
    valueFormatter: (value?: number) => formatDate(value),
  },
  { field: 'leaseEnd', headerName: 'Period ends', width: 130, valueFormatter: (value?: number) => formatDate(value) },
  {
    field: 'autoRenew',
    headerName: 'Auto-renew',
    width: 110,
    renderCell: ({ row }) => <KeywordLeaseSwitch lease={row} />,
  },
  {
    field: 'doubleOptInEnabled',
    headerName: 'Double opt-in',
    width: 120,
    valueGetter: (_value, row) => (row.doubleOptInEnabled ? 'On' : 'Off'),
  },
];

/** Keywords: check and buy new ones, and look after the ones the account leases. */
export function KeywordsPage() {
  const list = useListParams(['filter'] as const);
  const leases = useQuery(keywordLeasesQuery(list.filters.filter, { offset: list.offset, limit: list.limit }));
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [stale, setStale] = useState<string>();
  const order = usePlaceOrder(numberMutations.orderKeywords());
  // Only keywords still in the box count; unticking happens by removing them too.
  const typed = new Set(readKeywords(text).keywords);
  const picked = [...chosen].filter((keyword) => typed.has(keyword));
  const lines = [{ kind: 'keywords' as const, count: picked.length }];

  const toggle = (keyword: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(keyword);
      else next.delete(keyword);
      return next;
    });

  /** Checks the choice once more (findKeywords) right before ordering: another buyer may have been quicker. */
  const buy = async () => {
    setStale(undefined);
    const available = await queryClient.fetchQuery(availableKeywordsQuery(picked)).catch((error: unknown) => {
      setStale(`Could not check the keywords again: ${errorMessage(error)}`);
    });
    if (!available) return;
    const taken = picked.filter((keyword) => !available.has(keyword));
    if (taken.length) {
      setStale(`No longer available: ${taken.join(', ')}. Untick ${taken.length === 1 ? 'it' : 'them'} to go on.`);
      return;
    }
    await order.place(lines, picked);
  };

  return (
    <Page title="Keywords">
      <NumbersTabs />
      <Stack spacing={3}>
        <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', lg: '2fr 1fr' }, alignItems: 'start' }}>
          <Section title="Buy keywords">
            <KeywordChecker text={text} onTextChange={setText} chosen={chosen} onToggle={toggle} />
          </Section>
          <Card component="aside" aria-label="Your keyword order">
            <CardContent>
              <OrderSummary
                lines={lines}
                pending={order.pending}
                error={stale ?? order.error}
                onOrder={() => void buy()}
              />
            </CardContent>
          </Card>
        </Box>
        <Section
          title="Your keywords"
          action={
            <DebouncedTextField
              label="Keyword contains"
              value={list.filters.filter}
              onChange={(value) => list.setFilters({ filter: value.trim() })}
            />
          }
        >
          <ServerDataGrid label="Your keywords" query={leases} list={list} columns={columns} rowId="keyword" />
        </Section>
      </Stack>
      {order.confirmDialog}
    </Page>
  );
}
