import { writeFileSync } from 'node:fs';
import type { FixtureServer } from '../support/fixture-server.ts';

const HOUR = 3_600_000;

/** One invented report: a headline, its text, and how many hours before the reference time it was published. */
interface Report {
  slug: string;
  title: string;
  body: string;
  hoursAgo: number;
}

/**
 * Four invented outlets. Each reports one shared event (a bridge collapse in an invented gorge) in its
 * own words, the first report 50 hours before the reference time and the last 42, and one story of its
 * own that no other outlet has.
 */
export const OUTLETS: { id: string; name: string; reports: Report[] }[] = [
  {
    id: 'dunmore-gazette',
    name: 'Dunmore Gazette',
    reports: [
      {
        slug: 'kessel-bridge-collapse',
        title: 'Kessel Gorge bridge collapses under a loaded lorry',
        body: 'The old road bridge over Kessel Gorge near Dunmore collapsed on Monday as a loaded lorry crossed it, police said. Engineer Hanna Voss said the steel frame had rusted through.',
        hoursAgo: 50,
      },
      {
        slug: 'orchard-fair',
        title: 'Apple growers fill the Dunmore orchard fair',
        body: 'Growers from the Tamsel valley brought forty kinds of apple to the yearly orchard fair in Dunmore market hall.',
        hoursAgo: 30,
      },
    ],
  },
  {
    id: 'tamsel-post',
    name: 'Tamsel Post',
    reports: [
      {
        slug: 'kessel-bridge-lorry',
        title: 'Lorry driver rescued after Kessel Gorge bridge gives way',
        body: 'Rescuers pulled the lorry driver from the river after the Kessel Gorge bridge gave way near Dunmore. Engineer Hanna Voss blamed rust in the steel frame.',
        hoursAgo: 46,
      },
      {
        slug: 'ferry-timetable',
        title: 'Winter ferry timetable cuts Lowford crossings',
        body: 'The Lowford ferry company will run four crossings a day instead of nine from December, its manager Piet Arno said.',
        hoursAgo: 28,
      },
    ],
  },
  {
    id: 'gorge-herald',
    name: 'Gorge Herald',
    reports: [
      {
        slug: 'kessel-bridge-rust',
        title: 'Rust brought down Kessel Gorge bridge, engineer says',
        body: 'Hanna Voss, the engineer inspecting the collapsed Kessel Gorge bridge near Dunmore, said rust had eaten the steel frame before the lorry crossed.',
        hoursAgo: 44,
      },
      {
        slug: 'chess-final',
        title: 'Schoolgirl wins the Eastmoor chess final',
        body: 'Twelve-year-old Mira Olsen beat the county champion in the Eastmoor chess final after five hours of play.',
        hoursAgo: 26,
      },
    ],
  },
  {
    id: 'valley-wire',
    name: 'Valley Wire',
    reports: [
      {
        slug: 'kessel-bridge-closed',
        title: 'Kessel Gorge road shut after bridge collapse near Dunmore',
        body: 'The road through Kessel Gorge stays shut after the bridge collapse near Dunmore, police said. Engineer Hanna Voss said the steel frame of the bridge had rusted.',
        hoursAgo: 42,
      },
      {
        slug: 'observatory-comet',
        title: 'Greyhaven observatory photographs a green comet',
        body: 'Astronomers at the Greyhaven hill observatory photographed a faint green comet low in the western sky on Sunday night.',
        hoursAgo: 24,
      },
    ],
  },
];

/** An outlet's RSS feed as of `now`: each report an item with its link, guid, date and text. */
export function feedXml(outlet: (typeof OUTLETS)[number], origin: string, now: number): string {
  const items = outlet.reports.map(
    (r) =>
      `<item><title>${r.title}</title><link>${origin}/${outlet.id}/${r.slug}</link><guid>${outlet.id}-${r.slug}</guid><pubDate>${new Date(now - r.hoursAgo * HOUR).toUTCString()}</pubDate><description>${r.body}</description></item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${outlet.name}</title><language>en</language>${items.join('')}</channel></rss>`;
}

/**
 * Serves every outlet's feed at `/<id>/rss.xml` (feed `i` answering after `delaysMs[i]`) and writes a
 * sources file listing the outlets in `order` (indices into OUTLETS); returns the sources file path.
 */
export function serveOutlets({
  server,
  now,
  file,
  order = [0, 1, 2, 3],
  delaysMs = [0, 0, 0, 0],
}: {
  server: FixtureServer;
  now: number;
  file: string;
  order?: number[];
  delaysMs?: number[];
}): string {
  OUTLETS.forEach((o, i) =>
    server.route(`/${o.id}/rss.xml`, {
      contentType: 'application/rss+xml',
      body: feedXml(o, server.origin, now),
      etag: `"${o.id}"`,
      delayMs: delaysMs[i] ?? 0,
    }),
  );
  writeFileSync(
    file,
    JSON.stringify(
      order.map((i) => OUTLETS[i]!).map((o) => ({ id: o.id, name: o.name, language: 'en', feeds: [server.url(`/${o.id}/rss.xml`)] })),
    ),
  );
  return file;
}
