import { afterEach } from 'vitest';

// DOM tests (`// @vitest-environment happy-dom`) talk to the fake CallFire, installed before any test
// module creates the console's client; node tests are left as they are.
if (typeof window !== 'undefined') {
  const { fakeFetch, resetFakeCallfire } = await import('./fakeCallfire');
  const { cleanup, configure } = await import('@testing-library/react');
  globalThis.fetch = fakeFetch;
  // A page re-renders in seconds on a busy 2-core machine; `findBy…` waits that long, not one second.
  configure({ asyncUtilTimeout: 15_000 });
  afterEach(() => {
    cleanup();
    resetFakeCallfire();
    window.history.replaceState(null, '', '/');
  });
}
