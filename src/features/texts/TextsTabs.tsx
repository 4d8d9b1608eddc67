import { AreaTabs } from '../../components/AreaTabs';

const TABS = [
  { label: 'Texts', to: '/texts' },
  { label: 'Conversations', to: '/texts/conversations' },
  { label: 'Auto-replies', to: '/texts/auto-replies' },
];

/** Switches between the views of the texts area. */
export const TextsTabs = () => <AreaTabs label="Texts area" tabs={TABS} />;
