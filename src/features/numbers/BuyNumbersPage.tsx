import CloseIcon from '@mui/icons-material/Close';
import { Box, Button, Card, CardContent, Chip, Stack, Tab, Tabs, Typography } from '@mui/material';
import type { GridColDef } from '@mui/x-data-grid';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import {
  localNumbersQuery,
  numberMutations,
  regionsQuery,
  tollFreeNumbersQuery,
  type RegionSearch,
} from '../../api/resources/numbers';
import type { Schema } from '../../api/types';
import { DebouncedTextField } from '../../components/DebouncedTextField';
import { Page } from '../../components/Page';
import { Section } from '../../components/Section';
import { ServerDataGrid } from '../../components/ServerDataGrid';
import { formatPhone } from '../../lib/phone';
import { useListParams } from '../../lib/useListParams';
import { cityName } from './numberLabels';
import { NumberChoices, type AvailableNumber } from './NumberChoices';
import { OrderSummary } from './OrderSummary';
import { RegionFinder, type RegionFinderValues } from './RegionFinder';
import { usePlaceOrder } from './usePlaceOrder';

const BUY_FILTERS = ['kind', 'state', 'city', 'zipcode', 'prefix', 'region', 'pattern'] as const;
const CHOICES_SHOWN = 20;
const tollFreeProblem = (pattern: string) =>
  /^[0-9*]{2}\*$/.test(pattern) ? undefined : 'Three characters ending in *, such as 8** or 88*';

type Region = Schema<'Region'>;

/** 1310230 → (310) 230-…, the numbers a region holds. */
const prefixLabel = (prefix = '') => `(${prefix.slice(1, 4)}) ${prefix.slice(4, 7)}-…`;

/**
 * Buying numbers: find a region (or a toll-free pattern), pick numbers, see the price in credits
 * against the account's balance, confirm, then follow the order.
 */
export function BuyNumbersPage() {
  const list = useListParams(BUY_FILTERS, 10);
  const { kind, state, city, zipcode, prefix, region, pattern } = list.filters;
  const tollFree = kind === 'tollFree';
  const [chosen, setChosen] = useState<Map<string, AvailableNumber>>(new Map());
  const toggle = (number: AvailableNumber, on: boolean) =>
    setChosen((current) => {
      const next = new Map(current);
      if (on) next.set(number.number!, number);
      else next.delete(number.number!);
      return next;
    });

  const regionSearch: RegionSearch = useMemo(
    () =>
      Object.fromEntries(
        Object.entries({ state, city, zipcode, prefix }).filter(([, value]) => value !== ''),
      ) as RegionSearch,
    [state, city, zipcode, prefix],
  );
  const searched = Object.keys(regionSearch).length > 0;
  const regions = useQuery({
    ...regionsQuery(regionSearch, { offset: list.offset, limit: list.limit }),
    enabled: !tollFree && searched,
  });
  const local = useQuery({
    ...localNumbersQuery(region ? { prefix: region } : regionSearch, CHOICES_SHOWN),
    enabled: !tollFree && (Boolean(region) || searched),
  });
  const tollFreePattern = pattern || '8**';
  const tollFreeNumbers = useQuery({
    ...tollFreeNumbersQuery(tollFreePattern, CHOICES_SHOWN),
    enabled: tollFree && !tollFreeProblem(tollFreePattern),
  });

  const order = usePlaceOrder(numberMutations.orderNumbers());
  const picked = [...chosen.values()];
  const lines = [
    { kind: 'localNumbers' as const, count: picked.filter((number) => !number.tollFree).length },
    { kind: 'tollFreeNumbers' as const, count: picked.filter((number) => number.tollFree).length },
  ];

  const regionColumns: GridColDef<Region>[] = [
    { field: 'prefix', headerName: 'Numbers', width: 130, valueFormatter: (value?: string) => prefixLabel(value) },
    { field: 'city', headerName: 'City', flex: 1, minWidth: 140, valueFormatter: (value?: string) => cityName(value) },
    { field: 'state', headerName: 'State', width: 70 },
    { field: 'zipcode', headerName: 'Zip code', width: 90 },
    {
      field: 'timeZone',
      headerName: 'Time zone',
      width: 170,
      valueFormatter: (value?: string) => value?.replace(/_/g, ' ') ?? '—',
    },
    {
      field: 'choose',
      headerName: 'Numbers',
      width: 130,
      sortable: false,
      renderCell: ({ row }) => (
        <Button
          size="small"
          variant={row.prefix === region ? 'contained' : 'text'}
          onClick={() => list.setFilters({ region: row.prefix })}
          aria-label={`Show numbers in ${prefixLabel(row.prefix)}, ${cityName(row.city)}`}
        >
          {row.prefix === region ? 'Shown' : 'Show numbers'}
        </Button>
      ),
    },
  ];

  const finderValues: RegionFinderValues = { state, city, zipcode, prefix };
  return (
    <Page title="Buy numbers">
      <Tabs
        value={tollFree ? 'tollFree' : 'local'}
        onChange={(_event, value: string) => list.setFilters({ kind: value === 'local' ? '' : value })}
        aria-label="Kind of number"
        sx={{ mb: 2 }}
      >
        <Tab label="Local numbers" value="local" />
        <Tab label="Toll-free numbers" value="tollFree" />
      </Tabs>
      <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', lg: '2fr 1fr' }, alignItems: 'start' }}>
        <Stack spacing={3}>
          {tollFree ? (
            <Section title="Toll-free numbers">
              <DebouncedTextField
                label="Pattern"
                value={pattern || '8**'}
                onChange={(value) => list.setFilters({ pattern: value.trim() })}
                error={Boolean(tollFreeProblem(tollFreePattern))}
                helperText={tollFreeProblem(tollFreePattern) ?? '8** any toll-free code, 88* for 888, 80* for 800'}
                sx={{ mb: 2, width: 260 }}
              />
              <NumberChoices
                label="Toll-free numbers for sale"
                search={tollFreeNumbers}
                chosen={chosen}
                onToggle={toggle}
              />
            </Section>
          ) : (
            <>
              <Section title="Find a region">
                <RegionFinder
                  key={JSON.stringify(finderValues)}
                  initial={finderValues}
                  onSearch={(values) => list.setFilters({ ...values, region: '' })}
                />
                {searched && (
                  <Box sx={{ mt: 2 }}>
                    <ServerDataGrid
                      label="Regions"
                      query={regions}
                      list={list}
                      columns={regionColumns}
                      rowId="prefix"
                    />
                  </Box>
                )}
              </Section>
              {(searched || region) && (
                <Section title={region ? `Numbers in ${prefixLabel(region)}` : 'Numbers in these regions'}>
                  <NumberChoices label="Local numbers for sale" search={local} chosen={chosen} onToggle={toggle} />
                </Section>
              )}
            </>
          )}
        </Stack>
        <Card component="aside" aria-label="Your order">
          <CardContent>
            <Typography variant="subtitle1" component="h2" gutterBottom>
              Chosen numbers
            </Typography>
            <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1, mb: 2 }}>
              {picked.length === 0 && (
                <Typography variant="body2" color="text.secondary">
                  Tick numbers to add them.
                </Typography>
              )}
              {picked.map((number) => (
                <Chip
                  key={number.number}
                  label={formatPhone(number.number)}
                  onDelete={() => toggle(number, false)}
                  deleteIcon={<CloseIcon aria-label={`Remove ${formatPhone(number.number)}`} />}
                />
              ))}
            </Stack>
            <OrderSummary
              lines={lines}
              pending={order.pending}
              error={order.error}
              onOrder={() => void order.place(lines, { numbers: picked.map((number) => number.number!) })}
            />
          </CardContent>
        </Card>
      </Box>
      {order.confirmDialog}
    </Page>
  );
}
