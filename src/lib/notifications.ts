import { useSyncExternalStore } from 'react';

export interface Notification {
  id: number;
  message: string;
  severity: 'success' | 'info' | 'warning' | 'error';
}

// A tiny store outside React, so code with no component at hand (the query cache) can notify too.
let queue: Notification[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

function emit() {
  listeners.forEach((listener) => listener());
}

export function notify(message: string, severity: Notification['severity'] = 'info') {
  queue = [...queue, { id: nextId++, message, severity }];
  emit();
}

export function dismissNotification(id: number) {
  queue = queue.filter((notification) => notification.id !== id);
  emit();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The notification to show now (the oldest not yet dismissed), if any. */
export function useCurrentNotification(): Notification | undefined {
  return useSyncExternalStore(subscribe, () => queue[0]);
}
