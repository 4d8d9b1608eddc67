import AddIcon from '@mui/icons-material/Add';
import PermMediaIcon from '@mui/icons-material/PermMedia';
import {
  Alert,
  Box,
  Button,
  FormControlLabel,
  FormGroup,
  LinearProgress,
  Skeleton,
  Stack,
  Switch,
  TablePagination,
  TextField,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { Page } from '../../components/Page';
import { PAGE_SIZES, useListParams } from '../../lib/useListParams';
import { SoundCard } from './SoundCard';
import { soundsQuery } from '../../api/resources/sounds';

const FILTERS = ['name', 'archived', 'pending', 'scrubbed'] as const;
const SWITCHES = [
  ['archived', 'Include archived'],
  ['pending', 'Include uploading and recording'],
  ['scrubbed', 'Include scrubbed'],
] as const;

/**
 * The name filter applies when the operator presses Enter or leaves the field, so a list request
 * is not sent for every letter. Keyed by the address's value, it shows what the address says.
 */
function NameFilter({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const [text, setText] = useState(value);
  const apply = () => {
    if (text.trim() !== value) onChange(text.trim());
  };
  return (
    <TextField
      size="small"
      type="search"
      label="Filter by name"
      value={text}
      onChange={(event) => setText(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') apply();
      }}
      onBlur={apply}
      helperText="Press Enter to apply"
      sx={{ minWidth: 260 }}
    />
  );
}

/** The sound library: one page at a time, filters and page in the address. */
export function SoundsPage() {
  const list = useListParams(FILTERS, 10);
  const { filters, setFilters } = list;
  const { data, isFetching, isPending } = useQuery(
    soundsQuery({
      filter: filters.name || undefined,
      includeArchived: filters.archived === '1' || undefined,
      includePending: filters.pending === '1' || undefined,
      includeScrubbed: filters.scrubbed === '1' || undefined,
      limit: list.limit,
      offset: list.offset,
    }),
  );
  const items = data?.items ?? [];

  return (
    <Page
      title="Sounds"
      actions={
        <>
          <Button component={RouterLink} to="/sounds/media" startIcon={<PermMediaIcon />}>
            Media
          </Button>
          <Button component={RouterLink} to="/sounds/new" variant="contained" startIcon={<AddIcon />}>
            Add sound
          </Button>
        </>
      }
    >
      <Stack direction={{ xs: 'column', md: 'row' }} sx={{ gap: 2, mb: 2, alignItems: { md: 'center' } }}>
        <NameFilter key={filters.name} value={filters.name} onChange={(name) => setFilters({ name })} />
        <FormGroup row>
          {SWITCHES.map(([filter, label]) => (
            <FormControlLabel
              key={filter}
              label={label}
              control={
                <Switch
                  checked={filters[filter] === '1'}
                  onChange={(event) => setFilters({ [filter]: event.target.checked ? '1' : '' })}
                />
              }
            />
          ))}
        </FormGroup>
      </Stack>
      <Box sx={{ minHeight: 4 }}>{isFetching && !isPending && <LinearProgress aria-label="Refreshing sounds" />}</Box>
      {isPending ? (
        <Stack spacing={1} aria-busy="true" aria-label="Loading sounds">
          {[0, 1, 2].map((index) => (
            <Skeleton key={index} variant="rounded" height={72} />
          ))}
        </Stack>
      ) : items.length === 0 ? (
        <Alert severity="info">
          {filters.name ? `No sound matches "${filters.name}".` : 'No sounds here yet. Add one to get started.'}
        </Alert>
      ) : (
        <Stack component="ul" spacing={1} sx={{ p: 0, m: 0 }} aria-label="Sounds">
          {items.map((sound) => (
            <SoundCard key={sound.id} sound={sound} />
          ))}
        </Stack>
      )}
      <TablePagination
        component="div"
        count={data?.totalCount ?? -1}
        page={list.page}
        rowsPerPage={list.pageSize}
        rowsPerPageOptions={[...PAGE_SIZES]}
        onPageChange={(_event, page) => list.setPagination({ page, pageSize: list.pageSize })}
        onRowsPerPageChange={(event) => list.setPagination({ page: 0, pageSize: Number(event.target.value) })}
        labelRowsPerPage="Sounds per page"
      />
    </Page>
  );
}
