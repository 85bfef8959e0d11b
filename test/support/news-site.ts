import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startFixtureServer, type FixtureServer } from './fixture-server.ts';

/** One invented outlet of the fixture site. */
export interface SiteOutlet {
  id: string;
  name: string;
  country: string;
}

/** One invented event, told by each outlet in its own sentences (outlet id → paragraphs). */
export interface SiteStory {
  slug: string;
  headline: string;
  /** Hours after the site's base time that the first outlet published; each further outlet an hour later. */
  hour: number;
  paragraphs: Record<string, string[]>;
}

export const OUTLETS: SiteOutlet[] = [
  { id: 'north-courier', name: 'North Courier', country: 'GB' },
  { id: 'valley-post', name: 'Valley Post', country: 'DE' },
  { id: 'harbour-times', name: 'Harbour Times', country: 'IN' },
  { id: 'plains-herald', name: 'Plains Herald', country: 'BR' },
];

/** An invented flood in an invented town, with different tolls from police and from the hospital. */
export const FLOOD: SiteStory = {
  slug: 'flood',
  headline: 'Deadly flood hits Marrow Creek after Tessel dam overflows',
  hour: 1,
  paragraphs: {
    'north-courier': [
      'Floodwater swept through the river town of Marrow Creek on Tuesday night after the Tessel dam overflowed.',
      'Twelve people died in the flooding, police said on Wednesday.',
      'Governor Alma Reyes declared a state of emergency for the Tessel valley.',
      'Rescue crews in boats reached families stranded on rooftops near the market square.',
    ],
    'valley-post': [
      'Fifteen people were killed when the Tessel dam overflowed and flooded Marrow Creek, the regional hospital said.',
      'Governor Alma Reyes announced a state of emergency across the Tessel valley on Wednesday morning.',
      'Valley Post learned that 40 homes near the old mill were destroyed completely.',
      'Army engineers are expected in Marrow Creek by Thursday to inspect the dam.',
    ],
    'harbour-times': [
      'Police in Marrow Creek say twelve people died after water from the overflowing Tessel dam poured into the town.',
      'A state of emergency for the Tessel valley was declared by Governor Alma Reyes.',
      'Local schools will remain shut until Friday while roads are cleared.',
    ],
    'plains-herald': [
      'The Marrow Creek flood has killed 15 people, according to the regional hospital.',
      'The Tessel dam overflowed late on Tuesday, sending a wall of water into the low-lying town.',
      'Governor Alma Reyes has declared a state of emergency in the Tessel valley.',
      'The operator of the dam denied that maintenance had been skipped.',
    ],
  },
};

/** An invented forest fire, published later in a test to trigger live posts. */
export const WILDFIRE: SiteStory = {
  slug: 'wildfire',
  headline: 'Wildfire forces evacuation of Pellam Ridge villages',
  hour: 6,
  paragraphs: {
    'north-courier': [
      'A wildfire driven by strong winds forced the evacuation of three villages on Pellam Ridge on Thursday.',
      'Fire chief Doran Vell said 300 firefighters were battling the blaze from the ground and the air.',
      'About 2,000 residents spent the night in school halls in the valley town of Osk.',
    ],
    'harbour-times': [
      'Three villages on Pellam Ridge were emptied as a wildfire spread through dry pine forest, officials said.',
      'Fire chief Doran Vell put the number of firefighters at 250, supported by four water-bombing planes.',
      'Residents of Pellam Ridge were told they could not return before the weekend.',
    ],
    'plains-herald': [
      'Strong winds pushed a wildfire across Pellam Ridge on Thursday, and three villages were evacuated.',
      'Some 2,000 people were moved to shelters in Osk, fire chief Doran Vell said.',
      'The cause of the Pellam Ridge fire is not yet known.',
    ],
  },
};

/** The base time of the site's stories unless told otherwise: midnight UTC, 28 November 2026. */
export const SITE_BASE_TIME = Date.parse('2026-11-28T00:00:00Z');

/** When an outlet published its report of a story. */
function publishedAt(outlet: SiteOutlet, story: SiteStory, base: number): Date {
  return new Date(base + (story.hour + OUTLETS.indexOf(outlet)) * 3_600_000);
}

/** The article page of one outlet's report, with the navigation, credit and footer a real page has. */
export function articlePage(outlet: SiteOutlet, story: SiteStory, base = SITE_BASE_TIME): string {
  return `<!doctype html><html lang="en"><head><title>${story.headline} | ${outlet.name}</title>
<meta property="article:published_time" content="${publishedAt(outlet, story, base).toISOString()}"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>${story.headline}</h1>
${(story.paragraphs[outlet.id] ?? []).map((p) => `<p>${p}</p>`).join('\n')}
<figure><img src="x.jpg"><figcaption>Photo: Staff photographer</figcaption></figure>
<p>Read more: Sign up for our newsletter</p></article>
<footer>Copyright 2026 ${outlet.name}. All rights reserved.</footer></body></html>`;
}

function feedItem(outlet: SiteOutlet, story: SiteStory, origin: string, base: number): string {
  return `<item><title>${story.headline}</title><link>${origin}/${outlet.id}/${story.slug}?utm_source=rss</link><guid>${outlet.id}-${story.slug}</guid><pubDate>${publishedAt(outlet, story, base).toUTCString()}</pubDate></item>`;
}

/** An unrelated item only one outlet carries, so a story list is never just the fixture's events. */
function operaItem(outlet: SiteOutlet, origin: string, base: number): string {
  return `<item><title>${outlet.name} reviews: the new opera season in ${outlet.country}</title><link>${origin}/${outlet.id}/opera</link><guid>${outlet.id}-opera</guid><pubDate>${new Date(base + 2 * 3_600_000).toUTCString()}</pubDate><description>Critics of ${outlet.name} look at the new opera season.</description></item>`;
}

/** A loopback news site: one RSS feed and article pages per outlet, with stories published at will. */
export interface NewsSite {
  server: FixtureServer;
  /** Adds a story to the feeds of the outlets that tell it (and serves its pages). */
  publish(story: SiteStory): void;
  /** Writes a sources file for these outlets into `dir` and returns its path (for PARALLAX_SOURCES). */
  writeSources(dir: string): string;
  close(): Promise<void>;
}

/** Starts the site with `stories` already published; their times count from `base` (e.g. a few hours ago, for a real clock). */
export async function startNewsSite(stories: SiteStory[] = [FLOOD], base = SITE_BASE_TIME): Promise<NewsSite> {
  const server = await startFixtureServer();
  const published: SiteStory[] = [];
  const serveFeeds = () => {
    for (const outlet of OUTLETS) {
      const items = published.filter((s) => s.paragraphs[outlet.id]).map((s) => feedItem(outlet, s, server.origin, base));
      const body = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${outlet.name}</title><language>en</language>${[...items, operaItem(outlet, server.origin, base)].join('')}</channel></rss>`;
      server.route(`/${outlet.id}/rss.xml`, { contentType: 'application/rss+xml', body });
    }
  };
  const publish = (story: SiteStory) => {
    published.push(story);
    for (const outlet of OUTLETS.filter((o) => story.paragraphs[o.id])) {
      server.route(`/${outlet.id}/${story.slug}`, { contentType: 'text/html', charset: 'utf-8', body: articlePage(outlet, story, base) });
    }
    serveFeeds();
  };
  for (const story of stories) publish(story);
  return {
    server,
    publish,
    writeSources(dir) {
      const sources = OUTLETS.map((o) => ({
        id: o.id,
        name: o.name,
        country: o.country,
        language: 'en',
        ownership: 'private',
        homepage: `${server.origin}/${o.id}/`,
        feeds: [server.url(`/${o.id}/rss.xml`)],
      }));
      const path = join(dir, 'sources.json');
      writeFileSync(path, JSON.stringify(sources));
      return path;
    },
    close: () => server.close(),
  };
}
