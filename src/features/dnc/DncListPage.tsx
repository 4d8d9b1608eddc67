import AddIcon from '@mui/icons-material/Add';
import DeleteSweepIcon from '@mui/icons-material/DeleteSweep';
import ManageSearchIcon from '@mui/icons-material/ManageSearch';
import { Button, Stack, Typography } from '@mui/material';
import { useQuery, useMutation } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { Page } from '../../components/Page';
import { useConfirm } from '../../components/useConfirm';
import { notify } from '../../lib/notifications';
import { formatPhone } from '../../lib/phone';
import { useListParams } from '../../lib/useListParams';
import { DeleteBySourceDialog } from './DeleteBySourceDialog';
import { DncFilterBar } from './DncFilterBar';
import { DncTable } from './DncTable';
import { useRowSelection } from '../../components/useRowSelection';
import { CsvExportButton } from '../../components/CsvExportButton';
import { dncCsvColumns } from './dncCsv';
import { DNC_FILTERS, searchFromFilters } from './dncSearch';
import { dncListQuery, dncMutations, fetchDncPage } from '../../api/resources/dnc';
import { countLabel } from '../../lib/format';

/** The account's do-not-contact list: search, toggle, delete, export. */
export function DncListPage() {
  const list = useListParams(DNC_FILTERS);
  const search = useMemo(() => searchFromFilters(list.filters), [list.filters]);
  const entries = useQuery(dncListQuery(search, { offset: list.offset, limit: list.limit }));
  const { data } = entries;
  const selection = useRowSelection(data?.items, (entry) => entry.number);
  const { clear: clearSelection } = selection;
  const [sourceDialogOpen, setSourceDialogOpen] = useState(false);
  const [confirm, confirmDialog] = useConfirm();
  const { mutate: deleteNumbers } = useMutation(dncMutations.delete());

  const selected = selection.ids;

  const remove = useCallback(
    async (numbers: string[]) => {
      const one = numbers.length === 1;
      const confirmed = await confirm({
        title: one ? 'Delete this number?' : `Delete ${numbers.length} numbers?`,
        message: one
          ? `${formatPhone(numbers[0])} will be removed from the do-not-contact list and can be called and texted again.`
          : `These ${numbers.length} numbers will be removed from the do-not-contact list and can be called and texted again.`,
        confirmLabel: 'Delete',
        destructive: true,
      });
      if (!confirmed) return;
      deleteNumbers(numbers, {
        onSuccess: () => {
          clearSelection();
          notify(one ? `Deleted ${formatPhone(numbers[0])}` : `Deleted ${numbers.length} numbers`, 'success');
        },
      });
    },
    [confirm, deleteNumbers, clearSelection],
  );
  const deleteEntry = useCallback((entry: { number?: string }) => void remove([entry.number!]), [remove]);

  return (
    <Page
      title="Do not contact"
      actions={
        <>
          <Button component={RouterLink} to="/dnc/check" startIcon={<ManageSearchIcon />}>
            Check a number
          </Button>
          <Button component={RouterLink} to="/dnc/add" variant="contained" startIcon={<AddIcon />}>
            Add numbers
          </Button>
        </>
      }
    >
      <DncFilterBar list={list} />
      <Stack direction="row" spacing={1} sx={{ mb: 1, alignItems: 'center', flexWrap: 'wrap', minHeight: 40 }}>
        <Typography variant="body2" sx={{ color: 'text.secondary', flex: 1 }} role="status">
          {data ? countLabel(data.totalCount, 'number') : ''}
        </Typography>
        {selected.length > 0 && (
          <Button color="error" onClick={() => void remove(selected).catch(() => undefined)}>
            Delete selected ({selected.length})
          </Button>
        )}
        <Button startIcon={<DeleteSweepIcon />} onClick={() => setSourceDialogOpen(true)}>
          Delete a source
        </Button>
        <CsvExportButton
          filename={() => `do-not-contact-${new Date().toISOString().slice(0, 10)}.csv`}
          columns={dncCsvColumns}
          pageSize={1000}
          fetchPage={(offset, limit, signal) => fetchDncPage(search, offset, limit, signal)}
        />
      </Stack>
      <DncTable query={entries} list={list} selection={selection.gridProps} onDelete={deleteEntry} />
      <DeleteBySourceDialog
        open={sourceDialogOpen}
        initialSource={list.filters.source}
        onClose={() => setSourceDialogOpen(false)}
      />
      {confirmDialog}
    </Page>
  );
}
