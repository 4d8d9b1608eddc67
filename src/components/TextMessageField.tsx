import { Alert, Box, Stack, TextField, Typography } from '@mui/material';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import {
  deliveryOf,
  fillPlaceholders,
  SEGMENT_LENGTH,
  segmentCount,
  type BigMessageStrategy,
} from '../../shared/textMessage';

/** What the strategy does to a message that is over one part, said for the operator. */
function strategyNote(text: string, strategy: BigMessageStrategy): string | undefined {
  const delivery = deliveryOf(text, strategy);
  if ([...text].length <= SEGMENT_LENGTH) return undefined;
  if (delivery.kind === 'tooBig') return `Over ${SEGMENT_LENGTH} characters: it will not be sent (too big).`;
  if (delivery.kind === 'mms') return 'Over 160 characters: it goes out whole as one multimedia message.';
  return delivery.parts.length === 1
    ? `Over ${SEGMENT_LENGTH} characters: it will be cut to the first ${SEGMENT_LENGTH}.`
    : `Sent as ${delivery.parts.length} messages, each billed.`;
}

/**
 * A text message bound to a react-hook-form field: a character and part counter (160 characters a
 * part), and a live preview with `${attribute}` placeholders filled from a sample recipient's
 * attributes, warning about placeholders the sample has no value for.
 */
export function TextMessageField<Form extends FieldValues>({
  control,
  name,
  label,
  sample,
  strategy = 'SEND_MULTIPLE',
  helperText,
}: {
  control: Control<Form>;
  name: FieldPath<Form>;
  label: string;
  /** The recipient the preview is for: a description ("+1 213-555-0100") and its attributes. */
  sample?: { description: string; attributes: Record<string, string> };
  strategy?: BigMessageStrategy;
  helperText?: string;
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field: { ref, value, ...field }, fieldState: { error } }) => {
        const template = (value as string | undefined) ?? '';
        const filled = fillPlaceholders(template, sample?.attributes ?? {});
        const characters = [...filled.text].length;
        const note = strategyNote(filled.text, strategy);
        return (
          <Stack spacing={1}>
            <TextField
              {...field}
              value={template}
              inputRef={ref}
              label={label}
              multiline
              minRows={3}
              error={Boolean(error)}
              helperText={
                error?.message ??
                `${characters} characters · ${segmentCount(filled.text)} part${segmentCount(filled.text) === 1 ? '' : 's'} of ${SEGMENT_LENGTH}${helperText ? ` · ${helperText}` : ''}`
              }
              fullWidth
            />
            {note && <Typography variant="body2">{note}</Typography>}
            {sample && template.includes('${') && (
              <Box
                aria-label="Message preview"
                role="status"
                sx={{ p: 1.5, borderRadius: 1, bgcolor: 'action.hover', whiteSpace: 'pre-wrap' }}
              >
                <Typography variant="caption" color="text.secondary" component="p">
                  Preview for {sample.description}
                </Typography>
                <Typography variant="body2">{filled.text}</Typography>
              </Box>
            )}
            {sample && filled.missing.length > 0 && (
              <Alert severity="warning">
                {filled.missing.map((missing) => `\${${missing}}`).join(', ')}{' '}
                {filled.missing.length === 1 ? 'has' : 'have'} no value for {sample.description}; a recipient without it
                gets nothing in its place.
              </Alert>
            )}
          </Stack>
        );
      }}
    />
  );
}
