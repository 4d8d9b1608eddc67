import { TextField, type TextFieldProps } from '@mui/material';
import { useEffect, useRef, useState } from 'react';

type DebouncedTextFieldProps = Omit<TextFieldProps, 'value' | 'onChange'> & {
  value: string;
  onChange: (value: string) => void;
  delayMs?: number;
};

/** A filter field that reports its text once the operator pauses typing, so each keystroke is not a request. */
export function DebouncedTextField({ value, onChange, delayMs = 300, ...props }: DebouncedTextFieldProps) {
  const [text, setText] = useState(value);
  // A new value from outside (back button, cleared filters) replaces what is typed.
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    setText(value);
  }
  // The latest callback, so a parent re-rendering (with a new function) does not restart the wait.
  const report = useRef(onChange);
  useEffect(() => {
    report.current = onChange;
  });
  useEffect(() => {
    if (text === value) return;
    const timer = setTimeout(() => report.current(text), delayMs);
    return () => clearTimeout(timer);
  }, [text, value, delayMs]);
  return <TextField size="small" {...props} value={text} onChange={(event) => setText(event.target.value)} />;
}
