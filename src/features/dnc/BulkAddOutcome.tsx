import { Alert, AlertTitle, Typography } from '@mui/material';
import { formatPhone } from '../../lib/phone';
import type { BulkAddResult } from '../../lib/bulkAdd';
import { countLabel } from '../../lib/format';

const LISTED = 20;

/** A bulk add that did not add everything: what went in, which numbers did not, and why. */
export function BulkAddOutcome({ result }: { result: BulkAddResult }) {
  const failed = result.failures.flatMap((failure) => failure.numbers);
  const reasons = [...new Set(result.failures.map((failure) => failure.message))];
  const left = [...failed, ...result.notSent];
  return (
    <Alert severity={result.added > 0 ? 'warning' : 'error'} sx={{ mb: 2 }}>
      <AlertTitle>
        Added {result.added.toLocaleString()} of {countLabel(result.added + left.length, 'number')}
      </AlertTitle>
      {failed.length > 0 && (
        <Typography variant="body2">
          CallFire refused {failed.length.toLocaleString()}: {reasons.join(' · ')}. Not added:{' '}
          {failed.slice(0, LISTED).map(formatPhone).join(', ')}
          {failed.length > LISTED && ` and ${failed.length - LISTED} more`}.
        </Typography>
      )}
      {result.notSent.length > 0 && (
        <Typography variant="body2">{result.notSent.length.toLocaleString()} were not sent.</Typography>
      )}
      <Typography variant="body2">The numbers not added are back in the box below, ready to try again.</Typography>
    </Alert>
  );
}
