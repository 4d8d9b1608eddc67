import { Table, TableBody, TableCell, TableRow } from '@mui/material';
import { mount, useContacts } from './floorApp';

/** React, MUI, react-query and the router drawing one table of contacts: the stack without the data grid. */
function ContactsTable() {
  const { data } = useContacts();
  return (
    <Table>
      <TableBody>
        {data?.map((contact, index) => (
          <TableRow key={contact.id} data-bench-row={index}>
            <TableCell>{contact.firstName}</TableCell>
            <TableCell>{contact.lastName}</TableCell>
            <TableCell>{contact.homePhone}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

mount(ContactsTable);
