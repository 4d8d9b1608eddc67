import {
  Alert,
  Box,
  LinearProgress,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { type ContactList, IN_PROGRESS_STATUSES } from '../../api/resources/contactLists';

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
    return <Alert severity="error">The import ended with status {list.status}; the list may be incomplete.</Alert>;
  }
  if (!report) {
    return <Alert severity="success">Import finished: the list holds {list.size?.toLocaleString()} contacts.</Alert>;
  }
  const rejections = report.rejections ?? [];
  return (
    <Box>
      <Alert severity={report.rejectedRows ? 'warning' : 'success'} sx={{ mb: 2 }}>
        Import finished: {report.acceptedRows?.toLocaleString()} rows accepted, {report.rejectedRows?.toLocaleString()}{' '}
        rejected.
      </Alert>
      {rejections.length > 0 && (
        <>
          <Table size="small" aria-label="Rejected rows">
            <TableHead>
              <TableRow>
                <TableCell>Row</TableCell>
                <TableCell>Why it was rejected</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rejections.map((rejection) => (
                <TableRow key={rejection.row}>
                  <TableCell>{rejection.row}</TableCell>
                  <TableCell>{rejection.reason}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
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
