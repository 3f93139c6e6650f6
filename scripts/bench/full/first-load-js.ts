// First-load JS of a page: the scripts its HTML makes the browser fetch before it is interactive (the
// <script src> tags of the document but the `nomodule` ones, which Next fills from the build's manifests), each gzipped as a
// server would send it. Shared chunks count on every page, as they do for a visitor's first load.
import { gzipSync } from 'node:zlib';

const sizes = new Map<string, number>();

export async function firstLoadJsGzipBytes(base: string, html: string): Promise<number> {
  // `nomodule` scripts (Next's polyfills) are fetched only by browsers without ES modules, none of today's.
  const tags = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*>/g)].filter((match) => !/\snomodule\b/i.test(match[0]));
  const sources = [...new Set(tags.map((match) => match[1]!.replaceAll('&amp;', '&')))];
  let total = 0;
  for (const source of sources) {
    const url = new URL(source, base).toString();
    if (!sizes.has(source)) {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      sizes.set(source, gzipSync(Buffer.from(await response.arrayBuffer()), { level: 9 }).length);
    }
    total += sizes.get(source)!;
  }
  return total;
}
