import { Tab, Tabs } from '@mui/material';
import { Link as RouterLink, useLocation } from 'react-router';

const tabs = [
  { label: 'Overview', path: '/account' },
  { label: 'API credentials', path: '/account/credentials' },
  { label: 'Billing', path: '/account/billing' },
  { label: 'Caller ids', path: '/account/caller-ids' },
];

/** The account area's sections. */
export function AccountTabs() {
  const { pathname } = useLocation();
  const current = tabs.find((tab) => tab.path !== '/account' && pathname.startsWith(tab.path))?.path ?? '/account';
  return (
    <Tabs value={current} sx={{ mb: 2 }} aria-label="Account area" variant="scrollable" allowScrollButtonsMobile>
      {tabs.map((tab) => (
        <Tab key={tab.path} label={tab.label} value={tab.path} component={RouterLink} to={tab.path} />
      ))}
    </Tabs>
  );
}
