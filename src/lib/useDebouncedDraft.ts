import { useEffect, useRef, useState } from 'react';

/**
 * A value being typed: the field shows the draft at once, and `commit` takes it after a pause in
 * typing (only when `isValid`), so each keystroke is not a request. When the committed value changes
 * from outside (back button, cleared filters), the draft follows it.
 */
export function useDebouncedDraft(
  value: string,
  commit: (value: string) => void,
  { delayMs = 300, isValid = () => true }: { delayMs?: number; isValid?: (value: string) => boolean } = {},
) {
  const [draft, setDraft] = useState(value);
  const [seenValue, setSeenValue] = useState(value);
  if (value !== seenValue) {
    setSeenValue(value);
    setDraft(value);
  }
  // The latest callback, so a parent re-rendering (with a new function) does not restart the wait.
  const report = useRef(commit);
  useEffect(() => {
    report.current = commit;
  });
  const pending = draft.trim() !== value && isValid(draft);
  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(() => report.current(draft.trim()), delayMs);
    return () => clearTimeout(timer);
  }, [pending, draft, delayMs]);
  return [draft, setDraft] as const;
}
