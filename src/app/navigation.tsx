import AccountCircleIcon from '@mui/icons-material/AccountCircle';
import BlockIcon from '@mui/icons-material/Block';
import CampaignIcon from '@mui/icons-material/Campaign';
import ContactsIcon from '@mui/icons-material/Contacts';
import DialpadIcon from '@mui/icons-material/Dialpad';
import GraphicEqIcon from '@mui/icons-material/GraphicEq';
import HistoryIcon from '@mui/icons-material/History';
import HomeIcon from '@mui/icons-material/Home';
import PhoneInTalkIcon from '@mui/icons-material/PhoneInTalk';
import SmsIcon from '@mui/icons-material/Sms';
import type { ReactNode } from 'react';

export interface NavigationEntry {
  label: string;
  path: string;
  icon: ReactNode;
}

/** The console's areas, in the order the drawer lists them. */
export const navigation: NavigationEntry[] = [
  { label: 'Home', path: '/', icon: <HomeIcon /> },
  { label: 'Broadcasts', path: '/broadcasts', icon: <CampaignIcon /> },
  { label: 'Calls', path: '/calls', icon: <PhoneInTalkIcon /> },
  { label: 'Texts', path: '/texts', icon: <SmsIcon /> },
  { label: 'Contacts', path: '/contacts', icon: <ContactsIcon /> },
  { label: 'Do not contact', path: '/dnc', icon: <BlockIcon /> },
  { label: 'Sounds', path: '/sounds', icon: <GraphicEqIcon /> },
  { label: 'Numbers', path: '/numbers', icon: <DialpadIcon /> },
  { label: 'Account', path: '/account', icon: <AccountCircleIcon /> },
  { label: 'Activity', path: '/activity', icon: <HistoryIcon /> },
];
