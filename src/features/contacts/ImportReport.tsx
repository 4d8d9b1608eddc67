import { Alert, Box, LinearProgress, Typography } from '@mui/material';
import { type ContactList, IN_PROGRESS_STATUSES } from '../../api/resources/contactLists';
import { countLabel, formatNumber } from '../../lib/format';
import { inPlainWords, LIST_STATUS, wordFor } from '../../lib/vocabulary';
import { DataTable, type TableColumn } from '../../components/DataTable';

type Rejection = NonNullable<NonNullable<ContactList['sandboxImport']>['rejections']>[number];

const REJECTION_COLUMNS: TableColumn<Rejection>[] = [
  { header: 'Row', cell: (rejection) => rejection.row },
  { header: 'Why it was rejected', cell: (rejection) => inPlainWords(rejection.reason ?? '') },
];

/**
 * How a CSV import stands: rows read so far while the list validates, then accepted and rejected
 * rows with the reason for each rejection. The row counts come from the sandbox's own report
 * (`sandboxImport`); against CallFire, which reports no rows, only the list's size is known.
 */
export function ImportReport({ list }: { list: ContactList }) {
  const report = list.sandboxImport;
  const running = IN_PROGRESS_STATUSES.includes(list.status);
  if (running) {
    const done = (report?.acceptedRows ?? 0) + (report?.rejectedRows ?? 0);
    const percent = report?.totalRows ? Math.round((done / report.totalRows) * 100) : undefined;
    return (
      <Box>
        <Typography id="import-progress-label">
          {list.status === 'VALIDATING' ? 'Validating' : 'Importing'} rows
          {report?.totalRows ? `: ${done.toLocaleString()} of ${report.totalRows.toLocaleString()}` : '…'}
        </Typography>
        <LinearProgress
          variant={percent === undefined ? 'indeterminate' : 'determinate'}
          value={percent}
          aria-labelledby="import-progress-label"
        />
      </Box>
    );
  }
  if (list.status !== 'ACTIVE') {
    return (
      <Alert severity="error">
        The import ended “{wordFor(LIST_STATUS, list.status)}”; the list may be incomplete.
      </Alert>
    );
  }
  if (!report) {
    return <Alert severity="success">Import finished: the list holds {countLabel(list.size ?? 0, 'contact')}.</Alert>;
  }
  const rejections = report.rejections ?? [];
  return (
    <Box>
      <Alert severity={report.rejectedRows ? 'warning' : 'success'} sx={{ mb: 2 }}>
        Import finished: {countLabel(report.acceptedRows ?? 0, 'row')} accepted,{' '}
        {formatNumber(report.rejectedRows ?? 0)} rejected.
      </Alert>
      {rejections.length > 0 && (
        <>
          <DataTable
            label="Rejected rows"
            columns={REJECTION_COLUMNS}
            rows={rejections}
            rowKey={(rejection, index) => rejection.row ?? index}
          />
          {(report.rejectedRows ?? 0) > rejections.length && (
            <Typography variant="body2" sx={{ mt: 1, color: 'text.secondary' }}>
              The first {rejections.length.toLocaleString()} of {report.rejectedRows?.toLocaleString()} rejected rows
              are shown.
            </Typography>
          )}
        </>
      )}
    </Box>
  );
}
