'use client';

import { useEffect } from 'react';

const EVERY_MS = 5 * 60 * 1000;

/**
 * The session token expires after the idle limit (30 minutes by default). Activity on the page —
 * a key or a pointer — refreshes it at most every 5 minutes, so a user who works is not signed
 * out, and one who walks away is.
 */
export function SessionKeepalive() {
  useEffect(() => {
    let last = Date.now();
    const onActivity = () => {
      if (Date.now() - last < EVERY_MS) return;
      last = Date.now();
      void fetch('/api/auth/session', { credentials: 'same-origin', cache: 'no-store' });
    };
    window.addEventListener('pointerdown', onActivity, { passive: true });
    window.addEventListener('keydown', onActivity);
    return () => {
      window.removeEventListener('pointerdown', onActivity);
      window.removeEventListener('keydown', onActivity);
    };
  }, []);
  return null;
}
