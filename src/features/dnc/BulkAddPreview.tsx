import { Alert, AlertTitle, Box, Typography } from '@mui/material';
import type { PhoneListParse } from '../../lib/phone';

const LISTED = 50;

/** What a bulk add will send: how many numbers, which duplicates were folded, which entries are not numbers. */
export function BulkAddPreview({ preview, parsing }: { preview?: PhoneListParse; parsing: boolean }) {
  const count = preview?.numbers.length ?? 0;
  const invalid = preview?.invalid ?? [];
  return (
    <Box aria-label="Preview" component="section" sx={{ minHeight: 32 }}>
      <Typography role="status" variant="body1" sx={{ mb: 1 }}>
        {parsing && !preview
          ? 'Reading the numbers…'
          : `${count.toLocaleString()} ${count === 1 ? 'number' : 'numbers'} ready to add` +
            (preview?.duplicates ? ` (${preview.duplicates.toLocaleString()} duplicates left out)` : '') +
            (parsing ? ' · updating…' : '')}
      </Typography>
      {invalid.length > 0 && (
        <Alert severity="warning">
          <AlertTitle>
            {invalid.length.toLocaleString()} {invalid.length === 1 ? 'entry is' : 'entries are'} not a valid phone
            number and will not be sent
          </AlertTitle>
          <Box component="ul" sx={{ m: 0, pl: 2 }} aria-label="Invalid entries">
            {invalid.slice(0, LISTED).map(({ input, reason }, index) => (
              <li key={`${index}-${input}`}>
                <strong>{input}</strong>: {reason}
              </li>
            ))}
          </Box>
          {invalid.length > LISTED && <Typography variant="body2">and {invalid.length - LISTED} more</Typography>}
        </Alert>
      )}
    </Box>
  );
}
