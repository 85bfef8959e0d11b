import Parser from 'rss-parser';
import { FeedParseError } from './feed-parse-error.ts';

/** Feed-level fields Parallax reads beyond rss-parser's defaults. */
export interface RawFeedFields {
  'dc:language'?: string;
  language?: string;
  attrs?: Record<string, string>;
}

/** Item fields as rss-parser leaves them, plus the custom ones Parallax asks for. */
export interface RawItemFields {
  id?: string;
  'rdf:about'?: string;
  'content:encoded'?: string;
  date?: string;
  language?: string;
  author?: string;
  creator?: string;
  isoDate?: string;
  pubDate?: string;
  summary?: string;
  content?: string;
  gnSource?: ({ _?: string; $?: { url?: string } } | string)[];
  attrs?: Record<string, string>;
}

/** A feed as rss-parser returns it with Parallax's custom fields. */
export type RawFeed = Parser.Output<RawItemFields> & RawFeedFields;
type RawItem = RawFeed['items'][number];

interface AtomEntryHook {
  parseItemAtom(entry: Record<string, unknown>): RawItem;
}

const feedFields = ['dc:language', ['$', 'attrs', { keepArray: true }]] as unknown as (keyof RawFeedFields)[];

function validDateText(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Date.parse(value));
}

/** An Atom `<link>` as xml2js gives it; broken feeds write `<link>url</link>` without `href`. */
function atomLink(link: unknown): unknown {
  if (typeof link === 'string') return { $: { href: link.trim() } };
  if (link && typeof link === 'object' && !('$' in link)) return { $: { href: String((link as { _?: unknown })._ ?? '') } };
  return link;
}

/**
 * rss-parser throws for the whole feed on one unreadable Atom date (RangeError) or one `<link>` without
 * attributes (TypeError); drop such dates and read such links' text instead.
 */
function tolerateAtomSlips(parser: Parser<RawFeedFields, RawItemFields>): void {
  const hook = parser as unknown as AtomEntryHook;
  const parseItemAtom = hook.parseItemAtom.bind(parser);
  hook.parseItemAtom = (entry) => {
    const cleaned = { ...entry };
    for (const key of ['published', 'updated']) {
      const values = cleaned[key];
      if (Array.isArray(values) && !validDateText(values[0])) delete cleaned[key];
    }
    if (Array.isArray(cleaned.link)) cleaned.link = cleaned.link.map(atomLink);
    return parseItemAtom(cleaned);
  };
}

function rootName(xml: string): string | null {
  const match = /<([A-Za-z_][\w:.-]*)[\s>/]/.exec(xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<![^>]*>/g, ''));
  return match?.[1] ?? null;
}

function toFeedError({ error, xml, feedUrl }: { error: unknown; xml: string; feedUrl: string }): FeedParseError {
  const message = error instanceof Error ? error.message : String(error);
  if (/not recognized as RSS/i.test(message)) {
    const root = rootName(xml);
    const looksHtml = root?.toLowerCase() === 'html';
    return new FeedParseError({
      code: 'not-a-feed',
      cause: error,
      message: looksHtml
        ? `${feedUrl} looks like an HTML page, not a feed`
        : `${feedUrl} is XML but not RSS, Atom or RDF (root element <${root ?? '?'}>)`,
    });
  }
  if (error instanceof TypeError) {
    return new FeedParseError({
      code: 'malformed',
      cause: error,
      message: `Feed ${feedUrl} is XML but not a usable RSS, Atom or RDF structure (${message})`,
    });
  }
  const [reason, ...position] = message.split('\n');
  const line = position.join(' ').match(/Line:\s*(\d+)/)?.[1];
  const column = position.join(' ').match(/Column:\s*(\d+)/)?.[1];
  const at = line !== undefined ? ` (line ${Number(line) + 1}${column !== undefined ? `, column ${column}` : ''})` : '';
  return new FeedParseError({
    code: 'malformed',
    cause: error,
    message: `Feed ${feedUrl} is not well-formed XML: ${reason?.trim() || 'unknown error'}${at}`,
  });
}

/** Runs rss-parser over prepared feed text, turning its failures into `FeedParseError`s. */
export async function readFeed({ xml, feedUrl }: { xml: string; feedUrl: string }): Promise<RawFeed> {
  const parser = new Parser<RawFeedFields, RawItemFields>({
    defaultRSS: 2,
    customFields: {
      feed: feedFields,
      item: [['source', 'gnSource', { keepArray: true }], ['$', 'attrs', { keepArray: true }], 'id', 'author'],
    },
  });
  tolerateAtomSlips(parser);
  try {
    return await parser.parseString(xml);
  } catch (error) {
    throw toFeedError({ error, xml, feedUrl });
  }
}
