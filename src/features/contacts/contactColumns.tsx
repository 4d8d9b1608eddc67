import { Link } from '@mui/material';
import type { GridColDef } from '@mui/x-data-grid';
import { Link as RouterLink } from 'react-router';
import { formatPhone } from '../../lib/phone';
import { contactName, propertiesText } from './contactFormat';
import type { Contact } from '../../api/resources/contacts';

/** The columns every contacts table shows; pages add their own actions column. */
export const contactColumns: GridColDef<Contact>[] = [
  {
    field: 'name',
    headerName: 'Name',
    flex: 1,
    minWidth: 160,
    valueGetter: (_value, contact) => contactName(contact),
    renderCell: ({ row, value }) => (
      <Link component={RouterLink} to={`/contacts/${row.id}`}>
        {value as string}
      </Link>
    ),
  },
  {
    field: 'homePhone',
    headerName: 'Home',
    width: 140,
    valueFormatter: (value?: string) => (value ? formatPhone(value) : ''),
  },
  {
    field: 'mobilePhone',
    headerName: 'Mobile',
    width: 140,
    valueFormatter: (value?: string) => (value ? formatPhone(value) : ''),
  },
  {
    field: 'workPhone',
    headerName: 'Work',
    width: 140,
    valueFormatter: (value?: string) => (value ? formatPhone(value) : ''),
  },
  { field: 'zipcode', headerName: 'Zip', width: 90 },
  {
    field: 'properties',
    headerName: 'Properties',
    flex: 1,
    minWidth: 160,
    valueGetter: (_value, contact) => propertiesText(contact.properties),
  },
];
