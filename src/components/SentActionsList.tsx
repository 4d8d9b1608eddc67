import { Link, List, ListItem, ListItemText } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { formatPhone } from '../lib/phone';
import type { ActionState } from '../lib/vocabulary';
import { CallStateChip } from './CallChips';
import { Section } from './Section';

interface SentAction {
  id?: number;
  toNumber?: string;
  state?: ActionState;
}

const KINDS = {
  call: { title: 'Calls sent', noun: 'Call', path: '/calls' },
  text: { title: 'Texts sent', noun: 'Text', path: '/texts' },
} as const;

/** What "Send calls" or "Send texts" just sent: each call or text with its state, linking to its page. */
export function SentActionsList({ kind, items }: { kind: keyof typeof KINDS; items: SentAction[] }) {
  const { title, noun, path } = KINDS[kind];
  return (
    <Section title={title}>
      <List dense>
        {items.map((action) => (
          <ListItem key={action.id} secondaryAction={<CallStateChip state={action.state} />}>
            <ListItemText
              primary={
                <Link component={RouterLink} to={`${path}/${action.id}`}>
                  {noun} {action.id} to {formatPhone(action.toNumber)}
                </Link>
              }
            />
          </ListItem>
        ))}
      </List>
    </Section>
  );
}
