import { Link, List, ListItemButton, ListItemText, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { textsQuery } from '../../api/resources/texts';
import { Page } from '../../components/Page';
import { Section } from '../../components/Section';
import { countLabel, formatDateTime } from '../../lib/format';
import { formatPhone } from '../../lib/phone';
import { groupConversations } from './conversations';
import { TextsTabs } from './TextsTabs';

/** How many of the newest texts the conversation list is made from. */
const RECENT_TEXTS = 1000;

/** Everyone the account texted with recently, newest conversation first. */
export function ConversationsPage() {
  const { data } = useQuery({ ...textsQuery({}, 0, RECENT_TEXTS), refetchInterval: 5000 });
  const conversations = data ? groupConversations(data.items) : undefined;
  return (
    <Page title="Conversations">
      <TextsTabs />
      <Section title={`From the newest ${RECENT_TEXTS.toLocaleString()} texts`}>
        {conversations?.length === 0 && <Typography color="text.secondary">No texts yet.</Typography>}
        <List aria-label="Conversations">
          {conversations?.map((conversation) => (
            <ListItemButton
              key={conversation.number}
              component={RouterLink}
              to={`/texts/conversations/${conversation.number}`}
              divider
            >
              <ListItemText
                primary={
                  <Link component="span" underline="hover">
                    {formatPhone(conversation.number)}
                  </Link>
                }
                secondary={`${conversation.last.inbound ? 'They wrote' : 'You wrote'}: ${conversation.last.message ?? '(no message yet)'} · ${formatDateTime(conversation.last.created)} · ${countLabel(conversation.count, 'text')}, ${conversation.received} received`}
              />
            </ListItemButton>
          ))}
        </List>
      </Section>
    </Page>
  );
}
