import { createHmac } from 'node:crypto';
import { isIPv4, isIPv6 } from 'node:net';

// Where a public answer came from, for the release rule of migration 0017: a public batch is
// released only when its answers come from at least k distinct sources, so one attacker posting
// k − 1 known answers from one address cannot make a batch of one citizen's answer. The source is
// a keyed hash (HMAC under the server's secret) of the client's network: a plain hash of an IPv4
// address is reversed by hashing all four billion. It is kept only in the inbox, which the app
// role cannot read, and deleted with the answer when the batch is released.

/** 56 bits: the share of the IPv6 space one subscriber usually gets (a /56, or a /64 inside it). */
const IPV6_PREFIX_GROUPS = 3.5;

/** The eight 16-bit groups of an IPv6 address, or null when it is not one. */
function ipv6Groups(address: string): number[] | null {
  const plain = address.split('%')[0]!;
  if (!isIPv6(plain)) return null;
  let text = plain;
  // An IPv4 tail (::ffff:192.0.2.1) is two groups.
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const part = (s: string | undefined) => (s ? s.split(':').map((g) => Number.parseInt(g, 16)) : []);
  const left = part(head);
  const right = part(tail);
  return [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
}

/**
 * The network an answer came from: an IPv4 address as it is (IPv4-mapped IPv6 too), or the /56
 * prefix of an IPv6 address, which one subscriber may fill with as many addresses as it likes.
 */
export function networkOf(address: string): string {
  if (isIPv4(address)) return address;
  const groups = ipv6Groups(address);
  if (!groups) return address;
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return [groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff].join('.');
  }
  const whole = Math.floor(IPV6_PREFIX_GROUPS);
  const prefix = [...groups.slice(0, whole), groups[whole]! & 0xff00];
  return `${prefix.map((g) => g.toString(16)).join(':')}::/56`;
}

/** The answer's source: HMAC-SHA-256 of its network under the server's secret, 16 bytes. */
export function answerSource(secret: Buffer, address: string): Buffer {
  return createHmac('sha256', secret)
    .update(`survey-source:${networkOf(address)}`)
    .digest()
    .subarray(0, 16);
}
