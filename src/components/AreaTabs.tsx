import { Tab, Tabs } from '@mui/material';
import { Link as RouterLink, useLocation } from 'react-router';

export interface AreaTab {
  label: string;
  to: string;
}

/**
 * Tabs that switch between the lists of one area, each its own address. The first tab is the area's
 * root, chosen when no other tab's address starts the current one.
 */
export function AreaTabs({ label, tabs }: { label: string; tabs: readonly AreaTab[] }) {
  const path = useLocation().pathname;
  const current = tabs.slice(1).find((tab) => path.startsWith(tab.to))?.to ?? tabs[0]!.to;
  return (
    <Tabs value={current} sx={{ mb: 2 }} aria-label={label} variant="scrollable">
      {tabs.map((tab) => (
        <Tab key={tab.to} label={tab.label} value={tab.to} component={RouterLink} to={tab.to} />
      ))}
    </Tabs>
  );
}
