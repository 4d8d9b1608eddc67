import {
  Alert,
  Box,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useDeferredValue, useMemo, useState } from 'react';
import { useWatch, type Control } from 'react-hook-form';
import type { Schema } from '../../api/types';
import { parsePhoneList } from '../../lib/phone';
import { KIND_WORDS, type BroadcastKind } from './broadcastKinds';
import { PREVIEW_ZONES, formatDuration, schedulePreview, weeklyWindows, type Window } from './schedulePreview';
import { parseRecipientLines } from './recipientLines';
import { timingOf, type TimingValues } from './timingForm';

/** What one call or one text takes on average, for the estimated run: a call rings and plays; a text is quick. */
const SECONDS_PER_ACTION: Record<BroadcastKind, number> = { voice: 60, text: 5 };

/** The numbers of each kind's recipients field: one number a line for voice; a number and attributes for text. */
const NUMBERS_OF: Record<BroadcastKind, (recipients: string) => string[]> = {
  voice: (recipients) => parsePhoneList(recipients).numbers,
  text: (recipients) => parseRecipientLines(recipients).recipients.map((line) => line.phoneNumber),
};

const dayLabel = (day: string) => day.charAt(0) + day.slice(1, 3).toLowerCase();
const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const windowText = (windows: Window[]) =>
  windows.length ? windows.map((window) => `${clock(window.from)}–${clock(window.to)}`).join(', ') : 'Closed';

/** A day's 24 hours as a bar, its open windows filled. */
function DayBar({ windows }: { windows: Window[] }) {
  return (
    <Box aria-hidden sx={{ position: 'relative', height: 6, borderRadius: 1, bgcolor: 'action.hover', mb: 0.5 }}>
      {windows.map((window) => (
        <Box
          key={window.from}
          sx={{
            position: 'absolute',
            top: 0,
            bottom: 0,
            borderRadius: 1,
            bgcolor: 'primary.main',
            left: `${(100 * window.from) / 1440}%`,
            width: `${(100 * (window.to - window.from)) / 1440}%`,
          }}
        />
      ))}
    </Box>
  );
}

export type PreviewForm = TimingValues & { recipients: string; maxActive: number | string };

/**
 * A week of when each US time zone will be called or texted under the form's schedules and local time
 * restriction, with the recipients in each zone and warnings, updated as the form changes.
 */
export function SchedulePreview<Form extends PreviewForm>({
  control: formControl,
  kind,
}: {
  control: Control<Form>;
  kind: BroadcastKind;
}) {
  // Every form using this holds these fields; react-hook-form's Control cannot say so generically.
  const control = formControl as unknown as Control<PreviewForm>;
  const [now] = useState(() => Date.now());
  const [schedules, restrictionEnabled, restrictionBegin, restrictionEnd, recipients, maxActive] = useWatch({
    control,
    name: ['schedules', 'restrictionEnabled', 'restrictionBegin', 'restrictionEnd', 'recipients', 'maxActive'],
  });
  const timing = timingOf({ schedules, restrictionEnabled, restrictionBegin, restrictionEnd, resumeNextDay: false });
  // The week is recomputed only when the timing changes, and after typing settles.
  const timingKey = useDeferredValue(JSON.stringify(timing));
  const windows = useMemo(() => {
    const { schedules: parsed, localTimeRestriction } = JSON.parse(timingKey) as ReturnType<typeof timingOf>;
    return weeklyWindows(PREVIEW_ZONES, parsed as Schema<'Schedule'>[], localTimeRestriction, now);
  }, [timingKey, now]);
  const numbers = useMemo(() => NUMBERS_OF[kind](recipients), [kind, recipients]);
  const words = KIND_WORDS[kind];
  const preview = schedulePreview(
    { numbers, maxActive: Number(maxActive) || 1, secondsPerAction: SECONDS_PER_ACTION[kind] },
    windows,
  );

  return (
    <Stack spacing={2}>
      <Typography variant="body2" color="text.secondary">
        The coming week in each zone&apos;s local time. Recipients are placed by area code.
        {numbers.length > 0 &&
          ` Estimated run: ${formatDuration(preview.estimatedMinutes)} (${numbers.length.toLocaleString()} recipients, ${Number(maxActive) || 1} at once, about ${SECONDS_PER_ACTION[kind]} s a ${words.verb === 'call' ? 'call' : 'text'}).`}
      </Typography>
      <TableContainer sx={{ overflowX: 'auto' }}>
        <Table size="small" aria-label="Schedule preview by time zone">
          <TableHead>
            <TableRow>
              <TableCell>Time zone</TableCell>
              <TableCell align="right">Recipients</TableCell>
              {preview.zones[0].days.map(({ day }) => (
                <TableCell key={day} sx={{ minWidth: 96 }}>
                  {dayLabel(day)}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {preview.zones.map((zone) => (
              <TableRow key={zone.timeZone}>
                <TableCell component="th" scope="row">
                  {zone.label}
                </TableCell>
                <TableCell align="right">{zone.recipients.toLocaleString()}</TableCell>
                {zone.days.map(({ day, windows: dayWindows }) => (
                  <TableCell key={day}>
                    <DayBar windows={dayWindows} />
                    <Typography variant="caption" color={dayWindows.length ? 'text.primary' : 'text.secondary'}>
                      {windowText(dayWindows)}
                    </Typography>
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {preview.warnings.map((warning) => (
        <Alert key={warning} severity="warning">
          {warning}
        </Alert>
      ))}
    </Stack>
  );
}
