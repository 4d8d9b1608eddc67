import { useEffect, useState } from 'react';
import type { PhoneListParse } from '../../lib/phone';
import { parsePhoneListOffThread } from './parseOffThread';
import { useDebouncedValue } from '../../lib/useDebouncedValue';

/**
 * The parse of a pasted list, recomputed off the main thread once typing pauses. `parsing` is true
 * while the preview is behind the text.
 */
export function usePhoneListPreview(text: string): { preview?: PhoneListParse; parsing: boolean } {
  const settled = useDebouncedValue(text, 250);
  const [parsed, setParsed] = useState<{ text: string; result: PhoneListParse }>();
  useEffect(() => {
    let current = true;
    void parsePhoneListOffThread(settled).then((result) => {
      if (current) setParsed({ text: settled, result });
    });
    return () => {
      current = false;
    };
  }, [settled]);
  return { preview: parsed?.result, parsing: parsed?.text !== text };
}
