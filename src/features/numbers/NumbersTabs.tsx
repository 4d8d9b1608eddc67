import { AreaTabs } from '../../components/AreaTabs';

const TABS = [
  { label: 'Numbers', to: '/numbers' },
  { label: 'Keywords', to: '/numbers/keywords' },
  { label: 'Orders', to: '/numbers/orders' },
];

/** Switches between the area's three lists: numbers, keywords and orders. */
export const NumbersTabs = () => <AreaTabs label="Numbers area" tabs={TABS} />;
