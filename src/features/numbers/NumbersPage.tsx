import AddShoppingCartIcon from '@mui/icons-material/AddShoppingCart';
import { Button, Typography } from '@mui/material';
import type { GridColDef } from '@mui/x-data-grid';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link as RouterLink } from 'react-router';
import { numberConfigsQuery, numberLeasesQuery, type NumberLease } from '../../api/resources/numbers';
import { Page } from '../../components/Page';
import { ServerDataGrid } from '../../components/ServerDataGrid';
import { countLabel, formatDate } from '../../lib/format';
import { formatPhone } from '../../lib/phone';
import { useListParams } from '../../lib/useListParams';
import { LeaseSwitch } from './LeaseSwitch';
import { NumberFilterBar } from './NumberFilterBar';
import { linkColumn, statusColumn } from '../../components/gridColumns';
import { FEATURE_STATUS, LEASE_STATUS, NUMBER_CONFIG_TYPE } from '../../lib/vocabulary';
import { placeOf } from './numberLabels';
import { NUMBER_FILTERS, searchFromFilters } from './numberSearch';
import { NumbersTabs } from './NumbersTabs';

type Row = NumberLease & { answersWith: string };

const columns: GridColDef<Row>[] = [
  linkColumn({
    field: 'number',
    headerName: 'Number',
    width: 150,
    to: (row) => `/numbers/${row.number}`,
    text: (row) => formatPhone(row.number),
  }),
  {
    field: 'region',
    headerName: 'Region',
    flex: 1,
    minWidth: 180,
    valueGetter: (_value, row) => (row.tollFree ? 'Toll-free' : placeOf(row.region)),
  },
  { field: 'answersWith', headerName: 'Answers calls with', width: 150 },
  statusColumn({ field: 'status', headerName: 'Lease', width: 110, terms: LEASE_STATUS, code: (row) => row.status }),
  { field: 'leaseEnd', headerName: 'Period ends', width: 120, valueFormatter: (value?: number) => formatDate(value) },
  {
    field: 'autoRenew',
    headerName: 'Auto-renew',
    width: 110,
    renderCell: ({ row }) => <LeaseSwitch lease={row} setting="autoRenew" />,
  },
  ...(['call', 'text'] as const).map((kind) =>
    statusColumn({
      field: `${kind}FeatureStatus`,
      headerName: kind === 'call' ? 'Calls' : 'Texts',
      width: 110,
      terms: FEATURE_STATUS,
      code: (row: Row) => row[`${kind}FeatureStatus`],
    }),
  ),
  { field: 'labels', headerName: 'Labels', width: 140, valueGetter: (_value, row) => row.labels?.join(', ') ?? '' },
];

/** The numbers the account leases, one server page at a time, with how each answers calls. */
export function NumbersPage() {
  const list = useListParams(NUMBER_FILTERS);
  const search = useMemo(() => searchFromFilters(list.filters), [list.filters]);
  const paging = { offset: list.offset, limit: list.limit };
  const leases = useQuery(numberLeasesQuery(search, paging));
  // The configurations come a page at a time over the same numbers in the same order. The kind,
  // LATA and rate center are not among their filters, so they are matched by number, and a number
  // missing from the page shows a dash rather than a guess.
  const configs = useQuery(numberConfigsQuery(search, paging));
  const rows = useMemo(() => {
    const configByNumber = new Map(configs.data?.items.map((config) => [config.number, config]));
    return (leases.data?.items ?? []).map((lease) => {
      const config = configByNumber.get(lease.number);
      const answersWith = !config ? '—' : config.configType ? NUMBER_CONFIG_TYPE[config.configType] : 'Not set up';
      return { ...lease, answersWith };
    });
  }, [leases.data, configs.data]);

  return (
    <Page
      title="Numbers"
      actions={
        <Button component={RouterLink} to="/numbers/buy" variant="contained" startIcon={<AddShoppingCartIcon />}>
          Buy numbers
        </Button>
      }
    >
      <NumbersTabs />
      <NumberFilterBar list={list} />
      <Typography variant="body2" sx={{ color: 'text.secondary', mb: 1 }} role="status">
        {leases.data ? countLabel(leases.data.totalCount, 'number') : ''}
      </Typography>
      <ServerDataGrid<Row>
        label="Numbers"
        data={leases.data && { items: rows, totalCount: leases.data.totalCount }}
        fetching={leases.isFetching}
        list={list}
        columns={columns}
        rowId="number"
      />
    </Page>
  );
}
