import { Tab, Tabs } from '@mui/material';
import { Link as RouterLink, useLocation } from 'react-router';

const TABS = [
  { value: 'texts', label: 'Texts', to: '/texts' },
  { value: 'conversations', label: 'Conversations', to: '/texts/conversations' },
  { value: 'auto-replies', label: 'Auto-replies', to: '/texts/auto-replies' },
] as const;

/** Switches between the views of the texts area. */
export function TextsTabs() {
  const path = useLocation().pathname;
  const current = TABS.find((tab) => tab.value !== 'texts' && path.startsWith(tab.to))?.value ?? 'texts';
  return (
    <Tabs value={current} sx={{ mb: 2 }} aria-label="Texts area" variant="scrollable">
      {TABS.map((tab) => (
        <Tab key={tab.value} label={tab.label} value={tab.value} component={RouterLink} to={tab.to} />
      ))}
    </Tabs>
  );
}
