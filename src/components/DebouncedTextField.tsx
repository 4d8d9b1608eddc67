import { TextField, type TextFieldProps } from '@mui/material';
import { useDebouncedDraft } from '../lib/useDebouncedDraft';

type DebouncedTextFieldProps = Omit<TextFieldProps, 'value' | 'onChange'> & {
  value: string;
  onChange: (value: string) => void;
  delayMs?: number;
  /** What is wrong with the text typed, if anything: shown under the field, and the text is not reported. */
  problem?: (value: string) => string | undefined;
};

/** A filter field that reports its text once the operator pauses typing, so each keystroke is not a request. */
export function DebouncedTextField({ value, onChange, delayMs, problem, ...props }: DebouncedTextFieldProps) {
  const [text, setText] = useDebouncedDraft(value, onChange, {
    delayMs,
    isValid: problem && ((draft) => !problem(draft)),
  });
  const shown = problem?.(text.trim());
  return (
    <TextField
      size="small"
      {...props}
      value={text}
      onChange={(event) => setText(event.target.value)}
      {...(shown ? { error: true, helperText: shown } : {})}
    />
  );
}
