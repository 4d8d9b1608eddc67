import { useEffect, useState } from 'react';

const TYPING_PAUSE_MS = 400;

/**
 * A text filter being typed: the field shows the draft at once, and the URL takes it after a pause
 * in typing (only when valid). When the URL changes by itself (back button), the draft follows it.
 */
export function useFilterDraft(urlValue: string, commit: (value: string) => void, isValid: (value: string) => boolean) {
  const [draft, setDraft] = useState(urlValue);
  const [seenUrlValue, setSeenUrlValue] = useState(urlValue);
  if (urlValue !== seenUrlValue) {
    setSeenUrlValue(urlValue);
    setDraft(urlValue);
  }
  const pending = draft.trim() !== urlValue && isValid(draft);
  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(() => commit(draft.trim()), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [pending, draft, commit]);
  return [draft, setDraft] as const;
}
