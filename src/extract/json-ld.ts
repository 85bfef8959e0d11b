import type { CheerioAPI } from 'cheerio';
import { htmlToLine } from '../parse/html-to-text.ts';

/** The article fields Parallax reads from a page's schema.org JSON-LD. */
export interface JsonLdArticle {
  headline: string | null;
  authors: string[];
  datePublished: string | null;
  articleBody: string | null;
  inLanguage: string | null;
  publisherName: string | null;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ARTICLE_TYPE = /(Article|BlogPosting|LiveBlogPosting|Report|SocialMediaPosting)$/;

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function escapeControlsInStrings(text: string): string {
  let out = '';
  let inString = false;
  let escaped = false;
  for (const char of text) {
    if (inString && !escaped && char < ' ') out += char === '\n' ? '\\n' : ' ';
    else out += char;
    if (escaped) escaped = false;
    else if (char === '\\') escaped = inString;
    else if (char === '"') inString = !inString;
  }
  return out;
}

function parseBlock(raw: string): Json | null {
  const cleaned = raw
    .replace(/^\s*(<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(-->|\/\/\s*\]\]>|\]\]>)\s*$/, '')
    .trim();
  for (const candidate of [cleaned, escapeControlsInStrings(cleaned).replace(/,\s*([}\]])/g, '$1')]) {
    try {
      return JSON.parse(candidate) as Json;
    } catch {
      continue;
    }
  }
  return null;
}

function flatten(value: Json, out: JsonObject[] = []): JsonObject[] {
  if (Array.isArray(value)) value.forEach((entry) => flatten(entry, out));
  else if (isObject(value)) {
    out.push(value);
    const graph = value['@graph'];
    if (graph !== undefined) flatten(graph, out);
    const main = value.mainEntity;
    if (isObject(main)) flatten(main, out);
  }
  return out;
}

function isArticle(node: JsonObject): boolean {
  const type = node['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t));
}

function str(value: Json | undefined): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return str(value[0]);
  if (isObject(value)) return str(value.name ?? value['@value']);
  return null;
}

function line(value: Json | undefined): string | null {
  const raw = str(value);
  return raw ? htmlToLine(raw) || null : null;
}

function names(value: Json | undefined): string[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((entry) => line(entry)).filter((name): name is string => !!name && !/^https?:\/\//.test(name));
}

/** The first schema.org article described in the page's JSON-LD (`@graph` and arrays included), or null. */
export function readJsonLdArticle($: CheerioAPI): JsonLdArticle | null {
  const nodes = $('script[type="application/ld+json" i]')
    .toArray()
    .flatMap((script) => {
      const parsed = parseBlock($(script).text());
      return parsed === null ? [] : flatten(parsed);
    });
  const bodyLength = (node: JsonObject): number => str(node.articleBody)?.length ?? 0;
  const article = nodes.filter(isArticle).sort((a, b) => bodyLength(b) - bodyLength(a))[0];
  if (!article) return null;
  return {
    headline: line(article.headline) ?? line(article.name),
    authors: [...new Set(names(article.author))],
    datePublished: str(article.datePublished) ?? str(article.dateCreated),
    articleBody: str(article.articleBody),
    inLanguage: str(article.inLanguage),
    publisherName: line(article.publisher),
  };
}
