import { useEffect, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useUnsavedChangesWarning } from './useUnsavedChangesWarning';

/**
 * For a create form: warns before leaving with unsent input, and once the resource exists opens
 * its page. The navigation waits for the render where the form stops counting as unsaved, so the
 * warning never stops it.
 */
export function useOpenWhenCreated(dirty: boolean, pathOf: (id: number) => string): [(id: number) => void, ReactNode] {
  const navigate = useNavigate();
  const [createdId, setCreatedId] = useState<number>();
  const warning = useUnsavedChangesWarning(dirty && createdId === undefined);
  const path = createdId === undefined ? undefined : pathOf(createdId);
  useEffect(() => {
    if (path) navigate(path);
  }, [navigate, path]);
  return [setCreatedId, warning];
}
