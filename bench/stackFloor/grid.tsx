import { DataGrid } from '@mui/x-data-grid';
import { mount, useContacts } from './floorApp';

const COLUMNS = [
  { field: 'firstName', headerName: 'First name', flex: 1 },
  { field: 'lastName', headerName: 'Last name', flex: 1 },
  { field: 'homePhone', headerName: 'Phone', flex: 1 },
];

/** The same stack drawing the contacts in MUI X's data grid, as the console's list pages do. */
function ContactsGrid() {
  const { data } = useContacts();
  return (
    <div style={{ height: 600 }}>
      <DataGrid rows={data ?? []} columns={COLUMNS} loading={!data} />
    </div>
  );
}

mount(ContactsGrid);
