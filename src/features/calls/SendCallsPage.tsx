import { Alert, Button, Link, List, ListItem, ListItemText, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { errorMessage } from '../../api/ApiError';
import type { Schema } from '../../api/types';
import { CallerIdSelect } from '../../components/CallerIdSelect';
import { CallStateChip } from '../../components/CallChips';
import { emptyMessage, MessageField, messageProblem, type MessageValue } from '../../components/MessageField';
import { Page } from '../../components/Page';
import { Section } from '../../components/Section';
import { formatPhone, parsePhoneList } from '../../lib/phone';
import { phoneListProblem } from '../../lib/phoneListProblem';
import { useSendCalls } from './useSendCalls';

const MAX_RECIPIENTS = 10;

interface Problems {
  numbers?: string;
  live?: string;
  machine?: string;
  fromNumber?: string;
  other?: string;
}

function messageFields(live: MessageValue, machine: MessageValue): Partial<Schema<'CallRecipient'>> {
  return {
    ...(live.mode === 'tts' ? { liveMessage: live.text.trim(), voice: live.voice } : {}),
    ...(live.mode === 'sound' ? { liveMessageSoundId: live.soundId } : {}),
    ...(machine.mode === 'tts' ? { machineMessage: machine.text.trim() } : {}),
    ...(machine.mode === 'sound' ? { machineMessageSoundId: machine.soundId } : {}),
  };
}

/** Where a sandbox/CallFire error belongs on this page. */
function placeServerError(message: string): Problems {
  if (/fromNumber/.test(message)) return { fromNumber: message };
  if (/phoneNumber|items|body must/.test(message)) return { numbers: message };
  if (/liveMessage|nothing to play/.test(message)) return { live: message };
  if (/machineMessage/.test(message)) return { machine: message };
  return { other: message };
}

/** Calls up to 10 numbers now, each with the same live and machine messages. */
export function SendCallsPage() {
  const send = useSendCalls();
  const [numbers, setNumbers] = useState('');
  const [fromNumber, setFromNumber] = useState('');
  const [live, setLive] = useState<MessageValue>({ ...emptyMessage(), mode: 'tts' });
  const [machine, setMachine] = useState<MessageValue>(emptyMessage());
  const [problems, setProblems] = useState<Problems>({});
  const parsed = parsePhoneList(numbers);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const found: Problems = {
      numbers:
        phoneListProblem(parsed) ??
        (parsed.numbers.length > MAX_RECIPIENTS
          ? `At most ${MAX_RECIPIENTS} numbers at once (${parsed.numbers.length} entered); use a broadcast for more`
          : undefined),
      live: messageProblem(live),
      machine: messageProblem(machine),
    };
    setProblems(found);
    if (Object.values(found).some(Boolean)) return;
    try {
      const fields = messageFields(live, machine);
      await send.mutateAsync({
        recipients: parsed.numbers.map((phoneNumber) => ({
          phoneNumber,
          ...(fromNumber ? { fromNumber } : {}),
          ...fields,
        })),
        query: {},
      });
      setNumbers('');
    } catch (error) {
      setProblems(placeServerError(errorMessage(error)));
    }
  };

  return (
    <Page title="Send calls">
      <Stack component="form" spacing={3} noValidate onSubmit={submit}>
        <Section title="Recipients">
          <Stack spacing={2}>
            <TextField
              label="Numbers to call"
              multiline
              minRows={3}
              value={numbers}
              onChange={(event) => setNumbers(event.target.value)}
              error={Boolean(problems.numbers)}
              helperText={problems.numbers ?? `${parsed.numbers.length} of at most ${MAX_RECIPIENTS} numbers`}
            />
            <CallerIdSelect
              value={fromNumber}
              onChange={setFromNumber}
              error={problems.fromNumber}
              noneLabel="Account default"
            />
          </Stack>
        </Section>
        <Section title="Messages">
          <Stack spacing={3}>
            <MessageField
              label="Live answer message"
              value={live}
              onChange={setLive}
              error={problems.live}
              optional={false}
            />
            <MessageField
              label="Answering machine message"
              value={machine}
              onChange={setMachine}
              error={problems.machine}
            />
          </Stack>
        </Section>
        {problems.other && <Alert severity="error">{problems.other}</Alert>}
        <Stack direction="row">
          <Button type="submit" variant="contained" disabled={send.isPending}>
            Send calls
          </Button>
        </Stack>
        {send.data && (
          <Section title="Calls sent">
            <List dense>
              {send.data.items.map((call) => (
                <ListItem key={call.id} secondaryAction={<CallStateChip state={call.state} />}>
                  <ListItemText
                    primary={
                      <Link component={RouterLink} to={`/calls/${call.id}`}>
                        Call {call.id} to {formatPhone(call.toNumber)}
                      </Link>
                    }
                  />
                </ListItem>
              ))}
            </List>
          </Section>
        )}
      </Stack>
    </Page>
  );
}
