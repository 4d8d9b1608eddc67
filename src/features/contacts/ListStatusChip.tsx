import { Chip } from '@mui/material';
import type { ContactList } from '../../api/resources/contactLists';

const COLORS: Partial<Record<NonNullable<ContactList['status']>, 'success' | 'info' | 'error'>> = {
  ACTIVE: 'success',
  VALIDATING: 'info',
  IMPORTING: 'info',
  IMPORT_FAILED: 'error',
  ERRORS: 'error',
  PARSE_FAILED: 'error',
  COLUMN_TOO_LARGE: 'error',
};

export function ListStatusChip({ status }: { status: ContactList['status'] }) {
  return (
    <Chip size="small" variant="outlined" label={status ?? 'UNKNOWN'} color={(status && COLORS[status]) || 'default'} />
  );
}
