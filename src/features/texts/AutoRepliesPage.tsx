import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import { Button, IconButton, Link, Stack, Tooltip } from '@mui/material';
import type { GridColDef } from '@mui/x-data-grid';
import { useMutation, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { autoRepliesQuery, textMutations, type TextAutoReply } from '../../api/resources/texts';
import { DebouncedTextField } from '../../components/DebouncedTextField';
import { Page } from '../../components/Page';
import { ServerDataGrid } from '../../components/ServerDataGrid';
import { useConfirm } from '../../components/useConfirm';
import { normalizePhone, formatPhone } from '../../lib/phone';
import { notify } from '../../lib/notifications';
import { useListParams } from '../../lib/useListParams';
import { AutoReplyDetailsDialog } from './AutoReplyDetailsDialog';
import { TextsTabs } from './TextsTabs';

// The new auto-reply form (the form library and zod) loads when the operator opens it.
const AutoReplyDialog = lazy(async () => ({ default: (await import('./AutoReplyDialog')).AutoReplyDialog }));

const describeTarget = (reply: TextAutoReply) =>
  reply.keyword ? `Keyword ${reply.keyword}` : formatPhone(reply.number);

/** The account's auto-replies: list (filtered by number), create, delete. */
export function AutoRepliesPage() {
  const list = useListParams(['number'] as const);
  const typed = list.filters.number;
  const parsed = typed ? normalizePhone(typed, { allowShortCode: true }) : undefined;
  const { data, isFetching } = useQuery({
    ...autoRepliesQuery(parsed?.ok ? parsed.number : undefined, list.offset, list.limit),
    enabled: !parsed || parsed.ok,
  });
  const remove = useMutation(textMutations.deleteAutoReply());
  const [confirm, confirmDialog] = useConfirm();
  const [creating, setCreating] = useState(false);
  const [shown, setShown] = useState<number>();

  const deleteReply = async (reply: TextAutoReply) => {
    const confirmed = await confirm({
      title: 'Delete this auto-reply?',
      message: `Texts to ${describeTarget(reply)} will no longer get "${reply.message}".`,
      confirmLabel: 'Delete',
      destructive: true,
    });
    if (confirmed) remove.mutate(reply.id!, { onSuccess: () => notify('Auto-reply deleted', 'success') });
  };

  const columns: GridColDef<TextAutoReply>[] = [
    { field: 'target', headerName: 'Texts to', width: 180, valueGetter: (_value, row) => describeTarget(row) },
    {
      field: 'match',
      headerName: 'Containing',
      width: 180,
      valueGetter: (value: string | undefined) => value ?? 'Anything',
    },
    {
      field: 'message',
      headerName: 'Reply',
      flex: 1,
      minWidth: 240,
      renderCell: ({ row }) => (
        <Link component="button" type="button" onClick={() => setShown(row.id)} sx={{ textAlign: 'left' }}>
          {row.message}
        </Link>
      ),
    },
    {
      field: 'actions',
      headerName: '',
      width: 70,
      renderCell: ({ row }) => (
        <Tooltip title="Delete">
          <IconButton aria-label={`Delete auto-reply to ${describeTarget(row)}`} onClick={() => deleteReply(row)}>
            <DeleteIcon />
          </IconButton>
        </Tooltip>
      ),
    },
  ];

  return (
    <Page
      title="Auto-replies"
      actions={
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)}>
          New auto-reply
        </Button>
      }
    >
      <TextsTabs />
      <Stack direction="row" sx={{ mb: 2 }}>
        <DebouncedTextField
          label="Number"
          value={typed}
          onChange={(value) => list.setFilters({ number: value })}
          error={parsed?.ok === false}
          helperText={parsed?.ok === false ? parsed.reason : undefined}
        />
      </Stack>
      <ServerDataGrid label="Auto-replies" columns={columns} data={data} fetching={isFetching} list={list} />
      <Suspense>{creating && <AutoReplyDialog open onClose={() => setCreating(false)} />}</Suspense>
      {shown !== undefined && <AutoReplyDetailsDialog id={shown} onClose={() => setShown(undefined)} />}
      {confirmDialog}
    </Page>
  );
}
