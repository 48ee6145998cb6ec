import { describe, expect, it } from 'vitest';
import { normalizeAddress, parseTrustedProxies, resolveClient } from '../../scripts/client-address.mjs';

describe('the client address (F3)', () => {
  const none = parseTrustedProxies('');
  const local = parseTrustedProxies('127.0.0.1/32, ::1, 10.0.0.0/8');

  it('is the socket peer when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(resolveClient({ peer: '::ffff:192.0.2.9', forwardedFor: '203.0.113.7', trusted: none })).toEqual({ address: '192.0.2.9', viaTrustedProxy: false });
    expect(resolveClient({ peer: '127.0.0.1', forwardedFor: '203.0.113.7', trusted: none }).address).toBe('127.0.0.1');
  });

  it('is the right-most untrusted hop behind a trusted proxy', () => {
    expect(resolveClient({ peer: '127.0.0.1', forwardedFor: '198.51.100.1, 203.0.113.7', trusted: local }).address).toBe('203.0.113.7');
    expect(resolveClient({ peer: '::1', forwardedFor: '203.0.113.7, 10.1.2.3', trusted: local }).address).toBe('203.0.113.7');
  });

  it('falls back to the peer when a trusted proxy forwards garbage or nothing', () => {
    expect(resolveClient({ peer: '127.0.0.1', forwardedFor: 'evil, 10.0.0.1', trusted: local }).address).toBe('127.0.0.1');
    expect(resolveClient({ peer: '127.0.0.1', forwardedFor: undefined, trusted: local }).address).toBe('127.0.0.1');
  });

  it('refuses a TRUSTED_PROXIES entry that is not an address or CIDR', () => {
    expect(() => parseTrustedProxies('10.0.0.0/33')).toThrow(/prefix/);
    expect(() => parseTrustedProxies('proxy.local')).toThrow(/not an IP/);
    expect(normalizeAddress('::ffff:10.0.0.1')).toBe('10.0.0.1');
  });
});
