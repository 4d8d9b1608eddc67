import { Link } from '@mui/material';
import type { GridColDef } from '@mui/x-data-grid';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { mediaListQuery, type Media } from '../../api/resources/media';
import { DebouncedTextField } from '../../components/DebouncedTextField';
import { ServerDataGrid } from '../../components/ServerDataGrid';
import { formatBytes, formatDateTime } from '../../lib/format';
import { useListParams } from '../../lib/useListParams';

const FILTERS = ['name'] as const;

/** "image/png" → "PNG image": what kind of file, in words. */
function describeType(mediaType: string | undefined): string {
  const [family, subtype] = (mediaType ?? '').toLowerCase().split('/');
  if (!subtype) return 'File';
  const kind = { image: 'image', audio: 'audio', video: 'video' }[family] ?? 'file';
  return `${subtype.replace(/^x-/, '').replace('mpeg', 'MP3').toUpperCase()} ${kind}`;
}

const columns: GridColDef<Media>[] = [
  {
    field: 'name',
    headerName: 'Name',
    flex: 1,
    minWidth: 200,
    sortable: false,
    renderCell: ({ row }) => (
      <Link component={RouterLink} to={`/sounds/media/${row.id}`}>
        {row.name || 'Unnamed media'}
      </Link>
    ),
  },
  { field: 'mediaType', headerName: 'Type', width: 140, sortable: false, valueFormatter: describeType },
  {
    field: 'lengthInBytes',
    headerName: 'Size',
    width: 110,
    sortable: false,
    valueFormatter: (value: number) => formatBytes(value),
  },
  {
    field: 'created',
    headerName: 'Uploaded',
    width: 190,
    sortable: false,
    valueFormatter: (value: number) => formatDateTime(value),
  },
];

/** Every media file of the account, newest first, found by part of its name (kept in the address). */
export function MediaLibrary() {
  const list = useListParams(FILTERS, 10);
  const { data, isFetching } = useQuery(mediaListQuery(list.filters.name, list.offset, list.limit));
  return (
    <>
      <DebouncedTextField
        label="Name contains"
        value={list.filters.name}
        onChange={(value) => list.setFilters({ name: value })}
        sx={{ mb: 2 }}
      />
      <ServerDataGrid label="Media library" columns={columns} data={data} fetching={isFetching} list={list} />
    </>
  );
}
