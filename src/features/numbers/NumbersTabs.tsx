import { Tab, Tabs } from '@mui/material';
import { Link as RouterLink, useLocation } from 'react-router';

const TABS = [
  { value: 'numbers', label: 'Numbers', to: '/numbers' },
  { value: 'keywords', label: 'Keywords', to: '/numbers/keywords' },
  { value: 'orders', label: 'Orders', to: '/numbers/orders' },
] as const;

/** Switches between the area's three lists: numbers, keywords and orders. */
export function NumbersTabs() {
  const path = useLocation().pathname;
  const current = TABS.find((tab) => tab.value !== 'numbers' && path.startsWith(tab.to))?.value ?? 'numbers';
  return (
    <Tabs value={current} sx={{ mb: 2 }} aria-label="Numbers area">
      {TABS.map((tab) => (
        <Tab key={tab.value} label={tab.label} value={tab.value} component={RouterLink} to={tab.to} />
      ))}
    </Tabs>
  );
}
