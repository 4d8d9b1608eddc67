import { TextField, type TextFieldProps } from '@mui/material';
import { useDebouncedDraft } from '../lib/useDebouncedDraft';

type DebouncedTextFieldProps = Omit<TextFieldProps, 'value' | 'onChange'> & {
  value: string;
  onChange: (value: string) => void;
  delayMs?: number;
};

/** A filter field that reports its text once the operator pauses typing, so each keystroke is not a request. */
export function DebouncedTextField({ value, onChange, delayMs, ...props }: DebouncedTextFieldProps) {
  const [text, setText] = useDebouncedDraft(value, onChange, { delayMs });
  return <TextField size="small" {...props} value={text} onChange={(event) => setText(event.target.value)} />;
}
