import type { Article } from '../domain/article.ts';
import { nameKeysAndShortIn } from '../text/name-keys.ts';
import { flatJoin } from '../text/flat-join.ts';
import { numberKeys } from '../text/number-keys.ts';

/** Text past this is not read for bridge keys: names and figures of the event come early. */
const MAX_CHARS = 1500;
/** A key in more than this share of articles (a year, "10", "London" in a London paper) links nothing. */
const MAX_DF_SHARE = 0.1;
/** Keys a story must share with the article: one name or number in common is a coincidence as often as not. */
const MIN_SHARED = 2;
/** Articles kept per key and language: the newest, enough to find every live story that uses it. */
const POSTING_CAP = 200;

/**
 * Keys of an article that survive translation: the sound keys of its names (`~TRKRS`) and its numbers
 * (`#3.2e6`), each counted once.
 */
export function bridgeKeys(article: Article, language: string): string[] {
  // The title, a line break and as much of the body as fits (not the whole body joined and cut: that copies all of it).
  const head = `${article.title}\n`;
  const text = head.length >= MAX_CHARS ? head.slice(0, MAX_CHARS) : flatJoin(head, article.body.slice(0, MAX_CHARS - head.length));
  const names = nameKeysAndShortIn(text, language, NAME_KEY);
  // The name keys' set is this text's own: the other keys go on after them, as into a copy.
  const keys = names.keys;
  // The first two short names a text gives ("Gary Ross"; "Obama … Bush") make one key, as telling as a long name:
  // alone, a key of two consonant classes links too many names.
  const [a, b] = names.short;
  if (a !== undefined && b !== undefined) keys.add(nameKey(a < b ? `${a}+${b}` : `${b}+${a}`));
  for (const k of numberKeys(text, language)) keys.add(k);
  return [...keys];
}

/** Marks a name's sound key among the bridge's keys (numbers are "#…"). */
const NAME_KEY = '~';

/** "~" + a name's sound key, made once per key: a stream gives the same names in article after article. */
function nameKey(key: string): string {
  let k = nameKeyStrings.get(key);
  if (k === undefined) {
    if (nameKeyStrings.size >= NAME_KEYS_KEPT) nameKeyStrings.clear();
    nameKeyStrings.set(key, (k = `${NAME_KEY}${key}`));
  }
  return k;
}

const nameKeyStrings = new Map<string, string>();
/** Most name keys remembered; emptied when full, which keeps it bounded. */
const NAME_KEYS_KEPT = 50_000;

interface Entry {
  language: string;
  keys: string[];
}

/** A story as the bridge sees it: its id and its member article ids. */
export interface BridgeStory {
  id: string;
  articleIds: readonly string[];
}

/**
 * Finds the story of an article among stories told in other languages, by the names and numbers they
 * share: words differ across languages, these mostly do not. Each article is a TF-IDF vector over its
 * keys (IDF over every article seen); a story is the sum of its members' unit vectors, counting only
 * members in a language other than the article's, so the bridge never decides between two reports of
 * one language (the word-based score does that).
 */
export class LanguageBridge {
  private readonly entries = new Map<string, Entry>();
  /**
   * Articles by language, then by key. Kept apart by language so that looking for reports in other
   * languages reads none of the article's own (in a stream mostly in one language, most of them), and
   * so that a key the main language uses in 200 fresh reports does not push the other languages' out.
   */
  private readonly postings = new Map<string, Map<string, string[]>>();
  private readonly df = new Map<string, number>();
  /** Articles held per language: while every article is in one language there is nothing to bridge. */
  private readonly languages = new Map<string, number>();
  private documents = 0;

  /** Records an article's keys (once per article). */
  add(articleId: string, language: string, keys: string[]): void {
    if (this.entries.has(articleId)) return;
    this.entries.set(articleId, { language, keys });
    this.generation++;
    this.languages.set(language, (this.languages.get(language) ?? 0) + 1);
    this.documents++;
    let byKey = this.postings.get(language);
    if (!byKey) this.postings.set(language, (byKey = new Map()));
    for (const key of keys) {
      this.df.set(key, (this.df.get(key) ?? 0) + 1);
      let list = byKey.get(key);
      // Only a new list is put in the map: setting a key it holds changes nothing but costs a look-up.
      if (list === undefined) byKey.set(key, (list = []));
      list.push(articleId);
      if (list.length > POSTING_CAP) list.shift();
    }
  }

  /**
   * The story, among those holding reports in another language, whose reports share the article's
   * names and numbers best, with that cosine; null when none scores over `threshold`.
   */
  best(
    articleId: string,
    storyOf: (articleId: string) => BridgeStory | undefined,
    threshold: number,
  ): { story: BridgeStory; score: number } | null {
    const self = this.entries.get(articleId);
    if (!self || this.languages.get(self.language) === this.entries.size) return null;
    const mine = this.vector(self);
    if (mine.size === 0) return null;
    // The keys each story's listed reports share with the article, stories in the order first met: a story
    // sharing fewer than MIN_SHARED scores 0 and is not weighed (most share one common number or name).
    const met = new Map<string, { story: BridgeStory; keys: Set<string> }>();
    this.eachListed(self.language, mine.keys(), (key, other) => {
      const story = storyOf(other);
      if (!story) return;
      let m = met.get(story.id);
      if (!m) met.set(story.id, (m = { story, keys: new Set() }));
      m.keys.add(key);
    });
    let best: { story: BridgeStory; score: number } | null = null;
    for (const { story, keys } of met.values()) {
      if (keys.size < MIN_SHARED || this.mostlyIn(story, self.language)) continue;
      const score = this.score(mine, self.language, story);
      if (score > threshold && (!best || score > best.score)) best = { story, score };
    }
    return best;
  }

  /**
   * Whether half or more of a story's reports are in this language: such a story is judged by its words, which did
   * not take the article (it is asked only then), so its reports in other languages, no more than those, do not bring
   * it in. A hit-and-run report had moved into a story of an American football game told by 12 English reports,
   * through a Spanish one sharing "13" and "7" with it; a mob boss's obituary into the story of one English and one
   * Spanish report of a double murder, through "61" (two people's ages) and a name key.
   */
  private mostlyIn(story: BridgeStory, language: string): boolean {
    let same = 0;
    for (const id of story.articleIds) if (this.entries.get(id)?.language === language) same++;
    return same * 2 >= story.articleIds.length;
  }

  /**
   * The articles in other languages than this one's that share a name or number with it (the keys its vector
   * keeps), those sharing the most weight first: the reports whose best story it may have just changed.
   */
  others(articleId: string): string[] {
    const self = this.entries.get(articleId);
    if (!self || this.languages.get(self.language) === this.entries.size) return [];
    const mine = this.vector(self);
    const shared = new Map<string, number>();
    this.eachListed(self.language, mine.keys(), (key, other) => shared.set(other, (shared.get(other) ?? 0) + mine.get(key)!));
    return [...shared].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  }

  /** The language an article was read in, when the bridge holds it. */
  languageOf(articleId: string): string | undefined {
    return this.entries.get(articleId)?.language;
  }

  /** Calls `visit` with each of `keys` and each article in a language other than `language` listed under it, key by key. */
  private eachListed(language: string, keys: Iterable<string>, visit: (key: string, articleId: string) => void): void {
    const lists = [...this.postings].filter(([l]) => l !== language).map(([, byKey]) => byKey);
    for (const key of keys) for (const byKey of lists) for (const other of byKey.get(key) ?? []) visit(key, other);
  }

  /** The cosine of an article's keys with a story's reports in other languages (0 when it holds none, or shares under two keys). */
  scoreWith(articleId: string, story: BridgeStory): number {
    const self = this.entries.get(articleId);
    if (!self) return 0;
    const mine = this.vector(self);
    return mine.size === 0 ? 0 : this.score(mine, self.language, story);
  }

  /** Forgets articles that are in no live story any more. */
  prune(alive: (articleId: string) => boolean): void {
    for (const [id, entry] of this.entries) {
      if (alive(id)) continue;
      this.entries.delete(id);
      const left = (this.languages.get(entry.language) ?? 1) - 1;
      if (left <= 0) this.languages.delete(entry.language);
      else this.languages.set(entry.language, left);
      const byKey = this.postings.get(entry.language);
      for (const key of entry.keys) {
        const df = (this.df.get(key) ?? 1) - 1;
        if (df <= 0) this.df.delete(key);
        else this.df.set(key, df);
        const list = byKey?.get(key);
        if (!byKey || !list) continue;
        const kept = list.filter((a) => a !== id);
        if (kept.length === 0) byKey.delete(key);
        else byKey.set(key, kept);
      }
      if (byKey?.size === 0) this.postings.delete(entry.language);
    }
    this.documents = this.entries.size;
    this.generation++;
  }

  /** Whether the articles held are in more than one language: until then there is nothing to bridge. */
  get multilingual(): boolean {
    return this.languages.size > 1;
  }

  get size(): number {
    return this.entries.size;
  }

  private score(mine: Map<string, number>, language: string, story: BridgeStory): number {
    const sum = new Map<string, number>();
    for (const id of story.articleIds) {
      const entry = this.entries.get(id);
      if (!entry || entry.language === language) continue;
      for (const [key, w] of this.vector(entry)) sum.set(key, (sum.get(key) ?? 0) + w);
    }
    let dot = 0;
    let norm = 0;
    let shared = 0;
    sum.forEach((w, key) => {
      norm += w * w;
      const m = mine.get(key);
      if (m === undefined) return;
      dot += w * m;
      shared++;
    });
    return norm === 0 || shared < MIN_SHARED ? 0 : dot / Math.sqrt(norm);
  }

  /**
   * The unit TF-IDF vector of an article's keys, without keys too common to tell stories apart. Vectors are
   * kept while no article is added (IDF changes with each), so one arrival's looks across languages
   * weigh each story's reports once.
   */
  private vector(entry: Entry): Map<string, number> {
    if (this.vectorsAt !== this.generation) {
      this.vectors = new WeakMap();
      this.vectorsAt = this.generation;
    }
    let v = this.vectors.get(entry);
    if (v === undefined) this.vectors.set(entry, (v = this.weigh(entry)));
    return v;
  }

  private vectors = new WeakMap<Entry, Map<string, number>>();
  private vectorsAt = -1;
  /** Counts the changes to IDF (each add and prune): vectors weighed at an older one are weighed again. */
  private generation = 0;

  private weigh(entry: Entry): Map<string, number> {
    const v = new Map<string, number>();
    let norm = 0;
    for (const key of entry.keys) {
      const df = this.df.get(key) ?? 1;
      if (df <= 1 || (this.documents >= 100 && df / this.documents > MAX_DF_SHARE)) continue;
      const w = Math.log((this.documents + 1) / df);
      if (w <= 0) continue;
      v.set(key, w);
      norm += w * w;
    }
    const n = Math.sqrt(norm);
    v.forEach((w, k) => v.set(k, w / n));
    return v;
  }
}
