import { Tab, Tabs } from '@mui/material';
import { Link as RouterLink, useLocation } from 'react-router';

/** Switches between the two halves of the area: contacts and contact lists. */
export function ContactsTabs() {
  const onLists = useLocation().pathname.startsWith('/contacts/lists');
  return (
    <Tabs value={onLists ? 'lists' : 'contacts'} sx={{ mb: 2 }} aria-label="Contacts area">
      <Tab label="Contacts" value="contacts" component={RouterLink} to="/contacts" />
      <Tab label="Contact lists" value="lists" component={RouterLink} to="/contacts/lists" />
    </Tabs>
  );
}
