import { collapseWhitespace, htmlToLine, htmlToText, loadHtml } from '../parse/html-to-text.ts';
import { isBoilerplateLine } from './boilerplate.ts';
import { readJsonLdArticle, type JsonLdArticle } from './json-ld.ts';
import { mainText } from './main-text.ts';
import { readPageMeta, type PageMeta } from './page-meta.ts';

/** What Parallax keeps from an article page. `text` is plain paragraphs joined by `\n`. */
export interface ExtractedPage extends PageMeta {
  text: string;
}

/** Input of `extractPage`: the decoded HTML and the address it was fetched from. */
export interface ExtractPageInput {
  html: string;
  url: string;
  /** Reference time for refusing future dates; defaults to the current time. */
  now?: number;
}

const EMPTY: ExtractedPage = {
  title: null,
  byline: null,
  publishedAt: null,
  language: null,
  siteName: null,
  text: '',
  canonicalUrl: null,
};
const LONG_BODY = 400;

function jsonLdParagraphs(ld: JsonLdArticle | null): string[] {
  const body = ld?.articleBody;
  if (!body || body.length < LONG_BODY) return [];
  const lines = /<\/?[a-z][^>]*>/i.test(body) ? htmlToText(body).split('\n') : body.split(/\r?\n/).map(htmlToLine);
  return lines.map(collapseWhitespace).filter((line) => line && !isBoilerplateLine(line));
}

function chooseText(fromJsonLd: string[], fromPage: string[]): string[] {
  if (!fromJsonLd.length) return fromPage;
  const ldLength = fromJsonLd.join(' ').length;
  const pageLength = fromPage.join(' ').length;
  const sameLength = Math.abs(pageLength - ldLength) < ldLength * 0.3;
  const pageIsSameButParagraphed = fromJsonLd.length === 1 && fromPage.length > 1 && sameLength;
  const ldIsTruncated = /(…|\.\.\.|\[\.\.\.\])$/.test(fromJsonLd.at(-1) ?? '') && pageLength > ldLength;
  return pageIsSameButParagraphed || ldIsTruncated ? fromPage : fromJsonLd;
}

/**
 * Extracts the article from an HTML page: title, byline, publication time, language, site name,
 * canonical URL and main text (JSON-LD `articleBody` when long, else the best-scoring content block).
 * Never throws; garbage in gives empty fields.
 */
export function extractPage({ html, url, now = Date.now() }: ExtractPageInput): ExtractedPage {
  if (typeof html !== 'string' || !html.trim()) return { ...EMPTY };
  try {
    const $ = loadHtml(html);
    const ld = readJsonLdArticle($);
    const meta = readPageMeta({ $, ld, url, now });
    try {
      return { ...meta, text: chooseText(jsonLdParagraphs(ld), mainText($)).join('\n') };
    } catch {
      return { ...meta, text: jsonLdParagraphs(ld).join('\n') };
    }
  } catch {
    return { ...EMPTY };
  }
}
