// Which address a request came from, decided where the socket is known (scripts/serve.mjs).
// X-Forwarded-For and X-Forwarded-Host are written by whoever sends the request: they are believed
// only when the peer is a proxy the operator named in TRUSTED_PROXIES (OWASP: never trust a
// client-supplied forwarding header). Pure, so it is tested without a server.
import net from 'node:net';

/** "::ffff:10.0.0.1" (an IPv4 peer on a dual-stack socket) → "10.0.0.1". */
export function normalizeAddress(address) {
  const value = String(address ?? '').trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(value);
  return mapped ? mapped[1] : value;
}

/**
 * Parses a comma-separated list of addresses or CIDRs ("127.0.0.1/32, 10.0.0.0/8, ::1").
 * @param {string | undefined} list
 * @returns {net.BlockList}
 */
export function parseTrustedProxies(list) {
  const blocks = new net.BlockList();
  for (const raw of String(list ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    const [address, prefix] = raw.split('/');
    const family = net.isIP(address ?? '');
    if (!family) throw new Error(`TRUSTED_PROXIES: "${raw}" is not an IP address or CIDR`);
    const type = family === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) {
      blocks.addAddress(address, type);
      continue;
    }
    const bits = Number(prefix);
    if (!/^\d{1,3}$/.test(prefix) || bits > (family === 6 ? 128 : 32)) throw new Error(`TRUSTED_PROXIES: "${raw}" has a bad prefix length`);
    blocks.addSubnet(address, bits, type);
  }
  return blocks;
}

/** @param {net.BlockList} trusted @param {string} address */
export function isTrusted(trusted, address) {
  const family = net.isIP(address);
  if (!family) return false;
  return trusted.check(address, family === 6 ? 'ipv6' : 'ipv4');
}

/**
 * The client's address: the socket's peer, unless that peer is a trusted proxy — then the
 * right-most hop of X-Forwarded-For that is not itself a trusted proxy (the hops left of it were
 * written by the client and prove nothing).
 * @param {{ peer: string | undefined, forwardedFor: string | undefined, trusted: net.BlockList }} input
 * @returns {{ address: string, viaTrustedProxy: boolean }}
 */
export function resolveClient({ peer, forwardedFor, trusted }) {
  const socketAddress = normalizeAddress(peer) || 'unknown';
  if (!isTrusted(trusted, socketAddress)) return { address: socketAddress, viaTrustedProxy: false };
  const hops = String(forwardedFor ?? '')
    .split(',')
    .map(normalizeAddress)
    .filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = /** @type {string} */ (hops[i]);
    if (!net.isIP(hop)) return { address: socketAddress, viaTrustedProxy: true };
    if (!isTrusted(trusted, hop)) return { address: hop, viaTrustedProxy: true };
  }
  return { address: hops[0] ?? socketAddress, viaTrustedProxy: true };
}
