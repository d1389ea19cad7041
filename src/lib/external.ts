// How a link to another website names that site in its text. Pure, so it is unit-tested.

/** The site an address belongs to, as readers write it ("cancercentrum.se"), or null if it is not a web address. */
export function siteName(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'https:' && protocol !== 'http:') return null;
    return hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}
