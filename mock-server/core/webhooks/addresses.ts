/**
 * What kind of place an IP address (or host name) is, for the webhook policy: loopback (where a
 * partner's receiver runs), private ranges, link-local and cloud-metadata addresses, and the rest.
 * Works on literals as WHATWG URL writes them and as a resolver returns them; no DNS here.
 */

export type AddressKind =
  /** 127.0.0.0/8, ::1, localhost */
  | "loopback"
  /** RFC 1918, carrier-grade NAT, benchmarking, IPv6 unique-local and site-local */
  | "private"
  /** 169.254.0.0/16, fe80::/10: where cloud metadata services answer */
  | "link-local"
  /** a cloud provider's metadata service by name or by its well-known address */
  | "metadata"
  /** 0.0.0.0/8, ::, multicast, broadcast, reserved and tunnelling ranges: never a receiver */
  | "reserved"
  | "public"
  /** a name the sandbox cannot classify without resolving it */
  | "name";

const METADATA_NAMES = new Set(["metadata", "metadata.google.internal", "metadata.goog", "instance-data", "instance-data.ec2.internal"]);
const METADATA_ADDRESSES = new Set(["169.254.169.254", "169.254.170.2", "100.100.100.200", "fd00:ec2:0:0:0:0:0:254"]);

/** The kind of a URL's hostname (brackets allowed around IPv6) or of a resolved address. */
export function addressKind(host: string): AddressKind {
  const name = host.replace(/^\[|\]$/g, "").replace(/\.$/, "").toLowerCase();
  const v4 = parseIpv4(name);
  if (v4) return ipv4Kind(v4);
  const v6 = name.includes(":") ? parseIpv6(name) : undefined;
  if (v6) return ipv6Kind(v6);
  if (name === "localhost" || name.endsWith(".localhost")) return "loopback";
  if (METADATA_NAMES.has(name)) return "metadata";
  return "name";
}

function parseIpv4(text: string): number[] | undefined {
  const parts = text.split(".");
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) return undefined;
  return parts.map(Number);
}

function ipv4Kind(octets: number[]): AddressKind {
  const [a = 0, b = 0, c = 0, d = 0] = octets;
  if (METADATA_ADDRESSES.has(`${a}.${b}.${c}.${d}`)) return "metadata";
  if (a === 127) return "loopback";
  if (a === 169 && b === 254) return "link-local";
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return "private";
  if ((a === 100 && b >= 64 && b <= 127) || (a === 198 && (b === 18 || b === 19))) return "private";
  if (a === 0 || a >= 224 || (a === 192 && b === 0 && c === 0)) return "reserved";
  return "public";
}

/** Eight 16-bit groups, or undefined when the text is no IPv6 address (a zone id is refused too). */
function parseIpv6(text: string): number[] | undefined {
  if (!/^[0-9a-f:.]+$/.test(text)) return undefined;
  let body = text;
  const tail: number[] = [];
  const dotted = /:(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const v4 = parseIpv4(dotted[1]!);
    if (!v4) return undefined;
    tail.push((v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!);
    body = text.slice(0, -dotted[1]!.length) + "0";
  }
  const halves = body.split("::");
  if (halves.length > 2) return undefined;
  const groups = (half: string) => (half === "" ? [] : half.split(":"));
  const head = groups(halves[0]!);
  const rest = halves.length === 2 ? groups(halves[1]!) : [];
  const width = 8 - (dotted ? 1 : 0);
  const missing = width - head.length - rest.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const all = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill("0"), ...rest];
  if (!all.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return undefined;
  const numbers = all.map((g) => parseInt(g, 16));
  return dotted ? [...numbers.slice(0, 6), ...tail] : numbers;
}

function ipv6Kind(g: number[]): AddressKind {
  if (METADATA_ADDRESSES.has(g.map((x) => x.toString(16)).join(":"))) return "metadata";
  const embedded = () => [g[6]! >> 8, g[6]! & 255, g[7]! >> 8, g[7]! & 255];
  const zeros = (from: number, to: number) => g.slice(from, to).every((x) => x === 0);
  if (zeros(0, 8)) return "reserved";
  if (zeros(0, 7) && g[7] === 1) return "loopback";
  // IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) reach an IPv4 address.
  if (zeros(0, 5) && (g[5] === 0xffff || g[5] === 0)) return ipv4Kind(embedded());
  if (g[0] === 0x64 && g[1] === 0xff9b && zeros(2, 6)) return ipv4Kind(embedded());
  if (g[0] === 0x2002) return ipv4Kind([g[1]! >> 8, g[1]! & 255, g[2]! >> 8, g[2]! & 255]); // 6to4
  if ((g[0]! & 0xffc0) === 0xfe80) return "link-local";
  if ((g[0]! & 0xfe00) === 0xfc00 || (g[0]! & 0xffc0) === 0xfec0) return "private";
  if ((g[0]! & 0xff00) === 0xff00 || (g[0] === 0x2001 && g[1] === 0)) return "reserved"; // multicast, Teredo
  return "public";
}
