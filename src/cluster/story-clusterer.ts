import type { Article } from '../domain/article.ts';
import type { Story } from '../domain/story.ts';
import { articleTerms } from './article-terms.ts';
import { articleVector } from './article-vector.ts';
import { joinEvidence, type JoinEvidence } from './join-evidence.ts';
import { joinLogOdds, modelFor, type LogisticWeights } from './join-model.ts';
import { bridgeKeys, LanguageBridge } from './language-bridge.ts';
import { LiveStories } from './live-stories.ts';
import { DEFAULT_CLUSTER_OPTIONS, type ClusterOptions } from './options.ts';
import { reportedQuantities } from './reported-quantities.ts';
import { similarity, specificsOf, storyScorable, type Scorable } from './similarity.ts';
import { heaviest, TermVector, type SparseVector } from './sparse-vector.ts';
import { ArrivalWindow, type Arrival } from './second-look.ts';
import { groupScorable, splitOf } from './story-split.ts';
import { inArrivalOrder } from './placement-order.ts';
import { absorb, addMember, emptyStory, newStory, rebuild, storyIdFor, toStory, type Member, type StoryState } from './story-state.ts';
import { Vocabulary } from './vocabulary.ts';

const DAY_MS = 86_400_000;
/** Below this many articles, document frequencies are too noisy to call a term common. */
const DF_PRUNE_AFTER = 500;
/** Fewest articles on each side of a split: one or two odd reports are no second event. */
const MIN_SPLIT_GROUP = 3;

/** A saved story to put back (see StoryClusterer.restore): its id, its members in the order they joined, and when it last changed. */
export interface StoredStory {
  id: string;
  articles: Article[];
  lastUpdated?: string;
}

/** Watches the clusterer decide, to collect labelled pairs for training a join model (src/train/). */
export interface JoinObserver {
  /** Called as each new article is placed, with the evidence for every candidate story that shares a word with it. */
  candidates(articleId: string, scored: { articleIds: readonly string[]; evidence: JoinEvidence }[]): void;
}

/** Counters that show what the last `add` cost. */
export interface ClustererStats {
  liveStories: number;
  indexedTerms: number;
  /** Stories scored in full for the last article (or merge check). */
  lastCandidates: number;
}

/**
 * Online, event-level story clustering: each added article joins the most similar live story
 * (found through an inverted index, never a scan) or starts a new one; a story that grows close
 * to another merges into the older one. Same input order, same result.
 */
export class StoryClusterer {
  private readonly options: ClusterOptions;
  private readonly vocabulary = new Vocabulary();
  private readonly live: LiveStories;
  private nextSeq = 0;
  private changes = 0;
  private latestTime = -Infinity;
  private lastSweep = -Infinity;
  private lastCandidates = 0;
  /** Stories changed since the last takeChanged. */
  private readonly changed = new Set<string>();
  /** Stories merged away since the last takeMerged. */
  private readonly merged: { from: string; into: string }[] = [];
  /** Score of the story the last bestMatch found. */
  private lastScore = 0;
  private readonly window: ArrivalWindow;
  /** Names and numbers of every live article, to meet reports of an event told in other languages. */
  private readonly bridge = new LanguageBridge();
  /**
   * Every story id given out (opened or restored) whose first article is still live, with that article: a new
   * story never takes an id a live story holds, or one a merged-away story held (buttons and posts still point
   * to it), since the article an id is named after can open a second story when a story it moved to splits.
   */
  private readonly issued = new Map<string, string>();

  /**
   * @param taken ids given out before this clusterer was made that must not name a new story: the newsroom passes
   *   the merged-away ids it still resolves (a restart makes a new clusterer, whose own record starts empty).
   */
  constructor(
    options: Partial<ClusterOptions> = {},
    private readonly observer?: JoinObserver,
    private readonly taken: (id: string) => boolean = () => false,
  ) {
    this.options = { ...DEFAULT_CLUSTER_OPTIONS, ...options };
    this.live = new LiveStories(this.options.postingCap);
    this.window = new ArrivalWindow(this.options.secondLookAfter);
  }

  /**
   * Places an article in a story and returns the story id (the same id again for an article already
   * added). The article added `secondLookAfter` arrivals ago gets its second look now and may move.
   */
  add(article: Article): string {
    const known = this.live.ofArticle(article.id);
    if (known) return known.id;
    const leaving = this.window.push(this.place(article));
    if (leaving) this.secondLook(leaving);
    if (this.bridge.multilingual) this.pullAcross(article.id);
    return this.live.ofArticle(article.id)!.id;
  }

  /** Puts a new article in the best matching story or a new one. */
  private place(article: Article): Arrival {
    const { member, query, termCount, language } = this.read(article);
    const { vector, time, dated, detailed } = member;
    this.expire(time);
    const specifics = specificsOf(vector, this.options.specificTerms);
    const self: Scorable = { vector, vectorNorm: 1, specifics, dated, detailed, figures: [member.quantities] };
    const bar = this.joinThreshold(termCount);
    const seqs = this.live.index.lookup(query, this.options.maxCandidates);
    if (this.observer)
      this.observer.candidates(
        article.id,
        this.evidence(self, seqs, termCount).map(([s, evidence]) => ({ articleIds: [...s.articleIds], evidence })),
      );
    const model = modelFor(this.options.joinModel, self.detailed, language);
    const byWords = model ? this.bestByModel(model, self, seqs, termCount) : this.bestMatch(self, seqs, bar);
    const bridged = byWords ? null : this.acrossLanguages(article.id);
    const best = byWords ?? bridged;
    const story = best ?? this.open(article.id, time);
    addMember({ story, member, options: this.options, touched: this.touch(story) });
    this.live.assign(story, [article.id]);
    this.live.indexUnder(
      story,
      query.map(([term]) => term),
    );
    const arrival = { articleId: article.id, query, bar, terms: termCount, specifics, language };
    if (!best) return arrival;
    const holder = this.splitIfTwoEvents(story, article.id);
    if (mergeCheckDue(holder.articleIds.length)) this.mergeNeighbours(holder);
    return arrival;
  }

  /**
   * An article as it reaches the clusterer: its terms, counted into the vocabulary (so the order
   * articles are read in matters), its vector weighed by the document frequencies of that moment,
   * the index terms it is looked up and listed under, and what a story keeps of it.
   */
  private read(article: Article): { member: Member; query: [string, number][]; termCount: number; language: string } {
    const terms = articleTerms({ article, vocabulary: this.vocabulary, options: this.options });
    this.vocabulary.addDocument(terms.counts);
    if (Number.isFinite(this.options.bridgeThreshold)) this.bridge.add(article.id, terms.language, bridgeKeys(article, terms.language));
    const vector = articleVector({ terms, vocabulary: this.vocabulary, options: this.options });
    const published = article.publishedAt ? Date.parse(article.publishedAt) : NaN;
    const member: Member = {
      id: article.id,
      vector,
      time: articleTime(article),
      dated: Number.isFinite(published) ? { min: published, max: published } : null,
      fetchedAt: article.fetchedAt,
      detailed: article.body.trim().length > 0,
      headlineNames: terms.headlineNames,
      language: terms.language,
      quantities: reportedQuantities(article, terms.language),
    };
    return { member, query: this.queryTerms(vector), termCount: terms.counts.size, language: terms.language };
  }

  /**
   * Puts stored stories back as they were saved, into a clusterer that does not hold them: each keeps
   * its id and its members in their order, with its centroid, names, years, figures and index entries
   * rebuilt, and no split, merge or second look runs. The members of all the stories are read in the
   * order they arrived (see inArrivalOrder), so the vocabulary counts them as it did and each vector
   * and index query weighs its terms much as when it was placed. Stories are numbered by the arrival
   * of their first member (in a merge the older survives) and come after none of the stories the
   * clusterer already holds. An article already in a story, or listed twice, is restored once; a
   * story whose id is live, or left with no member, is not restored. takeChanged does not report
   * restored stories: nothing about them changed. `pending` (what `pendingSecondLooks` gave before a
   * restart, oldest first) puts the articles still owed a second look back in line for it: without them,
   * the reports placed in the last `secondLookAfter` arrivals before a restart never had one, and a
   * process restarted between ingestion runs made other, worse stories than one left running.
   */
  restore(stories: readonly StoredStory[], pending: readonly string[] = []): void {
    const owner = new Map<string, StoredStory>();
    for (const stored of stories) {
      if (this.live.byId(stored.id)) continue;
      for (const a of stored.articles) if (!owner.has(a.id) && !this.live.ofArticle(a.id)) owner.set(a.id, stored);
    }
    const arrivals = [
      ...new Map(stories.flatMap((s) => s.articles.filter((a) => owner.get(a.id) === s).map((a): [string, Article] => [a.id, a]))).values(),
    ].sort(inArrivalOrder);
    const readings = new Map(arrivals.map((a) => [a.id, this.read(a)]));
    const restored = new Map<StoredStory, StoryState>();
    for (const a of arrivals) {
      const stored = owner.get(a.id)!;
      if (restored.has(stored)) continue;
      const members = [...new Set(stored.articles.map((m) => m.id))]
        .filter((id) => owner.get(id) === stored)
        .map((id) => readings.get(id)!.member);
      const s = emptyStory({ id: stored.id, seq: this.nextSeq++, time: members[0]!.time });
      for (const member of members) addMember({ story: s, member, options: this.options, touched: 0 });
      this.issued.set(s.id, s.articleIds[0]!);
      if (stored.lastUpdated) s.lastUpdated = stored.lastUpdated;
      this.live.open(s);
      this.live.assign(s, s.articleIds);
      this.latestTime = Math.max(this.latestTime, s.lastTime);
      restored.set(stored, s);
    }
    for (const a of arrivals) {
      const s = restored.get(owner.get(a.id)!)!;
      this.live.indexUnder(
        s,
        readings.get(a.id)!.query.map(([term]) => term),
      );
      // The story its latest member reached last counts as the most recently updated (stories()).
      s.touched = ++this.changes;
    }
    for (const id of pending.slice(-this.options.secondLookAfter)) {
      const reading = readings.get(id);
      if (reading === undefined) continue;
      const { member, query, termCount, language } = reading;
      const specifics = specificsOf(member.vector, this.options.specificTerms);
      this.window.push({ articleId: id, query, bar: this.joinThreshold(termCount), terms: termCount, specifics, language });
    }
  }

  /** The ids of the articles still owed a second look, oldest first: what a restart passes back to `restore`. */
  pendingSecondLooks(): string[] {
    return this.window.pending().map((a) => a.articleId);
  }

  /**
   * Stories that ended by joining another since the last call, each with the id of the story it went
   * into: the younger of two merging stories, and a story whose only article moved out on its second
   * look (into the story that article ended in). Chains (a into b, then b into c) come as they happened.
   */
  takeMerged(): { from: string; into: string }[] {
    return this.merged.splice(0);
  }

  /**
   * Ids of the live stories that gained, lost or changed articles since the last call: besides the
   * story each `add` returns, the other part of a split, a story an article left or moved into on its
   * second look, the survivor of a merge. Whoever saves or posts stories reads this after adding.
   */
  takeChanged(): string[] {
    const ids = [...this.changed].filter((id) => this.live.byId(id) !== undefined);
    this.changed.clear();
    return ids;
  }

  /** The story an article is in (after merges), or undefined when unknown or expired. */
  storyOf(articleId: string): string | undefined {
    return this.live.ofArticle(articleId)?.id;
  }

  /** A live story by id. */
  story(id: string): Story | undefined {
    const s = this.live.byId(id);
    return s ? toStory(s) : undefined;
  }

  /** Live stories, most recently updated first. */
  stories(): Story[] {
    return [...this.live.all()].sort((a, b) => b.touched - a.touched).map(toStory);
  }

  /** What the clusterer holds and what the last add cost. */
  stats(): ClustererStats {
    return { liveStories: this.live.size, indexedTerms: this.live.index.terms, lastCandidates: this.lastCandidates };
  }

  private queryTerms(vector: SparseVector): [string, number][] {
    if (this.vocabulary.documents < DF_PRUNE_AFTER) return heaviest(vector, this.options.queryTerms);
    const { vocabulary, options } = this;
    const rareEnough =
      vector instanceof TermVector
        ? (_: string, at: number): boolean => vocabulary.dfShareAt(vector, at) <= options.maxDfShare
        : (t: string): boolean => vocabulary.dfShare(t) <= options.maxDfShare;
    return heaviest(vector, options.queryTerms, rareEnough);
  }

  /**
   * The best scoring story over the threshold; `skip` leaves stories out, and when it does story is
   * scored against story (`mutual`) unless told otherwise. Two headline-only stories need
   * `headlineMergeShare` of a mutual threshold unless `fullBar`.
   */
  private bestMatch(
    self: Scorable,
    seqs: number[],
    threshold: number,
    skip: StoryState[] = [],
    mutual = skip.length > 0,
    fullBar = false,
  ): StoryState | null {
    let best: StoryState | null = null;
    let bestScore = 0;
    this.lastCandidates = 0;
    for (const seq of seqs) {
      const s = this.live.bySequence(seq);
      if (!s || skip.includes(s)) continue;
      this.lastCandidates++;
      const bar = mutual && !fullBar && !self.detailed && !s.detailed ? threshold * this.options.headlineMergeShare : threshold;
      const score = similarity(self, storyScorable(s), this.options, mutual, bar);
      if (score <= bar) continue;
      if (!best || score > bestScore || (score === bestScore && s.seq < best.seq)) {
        best = s;
        bestScore = score;
      }
    }
    this.lastScore = bestScore;
    return best;
  }

  /** Candidate stories (by sequence, none of `skip`) with the evidence for the article joining each; those sharing no word are left out. */
  private evidence(self: Scorable, seqs: number[], termCount: number, skip?: StoryState): [StoryState, JoinEvidence][] {
    const found: [StoryState, JoinEvidence][] = [];
    for (const seq of seqs) {
      const s = this.live.bySequence(seq);
      if (!s || s === skip) continue;
      const e = joinEvidence(self, storyScorable(s, true), termCount, this.options);
      if (e) found.push([s, e]);
    }
    return found;
  }

  /**
   * With a join model for the article: the candidate story with the highest log-odds of being the article's event, when
   * they are positive (ties to the older story), as `bestMatch` does with the gate; `lastScore` is set
   * to its log-odds.
   */
  private bestByModel(model: LogisticWeights, self: Scorable, seqs: number[], termCount: number, skip?: StoryState): StoryState | null {
    let best: StoryState | null = null;
    let bestScore = 0;
    const scored = this.evidence(self, seqs, termCount, skip);
    this.lastCandidates = scored.length;
    for (const [s, e] of scored) {
      const z = joinLogOdds(model, e);
      if (z <= 0) continue;
      if (!best || z > bestScore || (z === bestScore && s.seq < best.seq)) {
        best = s;
        bestScore = z;
      }
    }
    this.lastScore = bestScore;
    return best;
  }

  /** The live story told in other languages whose names and numbers the article shares best over the bridge bar. */
  private acrossLanguages(articleId: string): StoryState | null {
    const found = this.bridge.best(articleId, (id) => this.live.ofArticle(id), this.options.bridgeThreshold);
    return found ? (found.story as StoryState) : null;
  }

  /**
   * On a second look by the bridge: the story told in other languages whose names and numbers the
   * article shares better than those of its own story's reports in other languages (none when it
   * holds no such reports). A report that came before any report of its event in another language
   * opened a story alone, or was bridged to the only story that then shared its names.
   */
  private acrossLanguagesAgain(articleId: string, own: StoryState): StoryState | null {
    const here = this.bridge.scoreWith(articleId, own);
    const found = this.bridge.best(
      articleId,
      (id) => {
        const s = this.live.ofArticle(id);
        return s === own ? undefined : s;
      },
      Math.max(here, this.options.bridgeThreshold),
    );
    return found ? (found.story as StoryState) : null;
  }

  /** Headlines share fewer words with a story than full texts do, so short items need less similarity to join. */
  private joinThreshold(termCount: number): number {
    const { joinThreshold, shortTextTerms, shortTextFloor } = this.options;
    return joinThreshold * Math.min(1, Math.max(shortTextFloor, termCount / shortTextTerms));
  }

  private open(firstArticleId: string, time: number): StoryState {
    let nth = 0;
    const inUse = (id: string): boolean => this.issued.has(id) || this.taken(id);
    while (inUse(storyIdFor(firstArticleId, nth))) nth++;
    const s = newStory({ firstArticleId, seq: this.nextSeq++, time, nth });
    this.issued.set(s.id, firstArticleId);
    this.live.open(s);
    return s;
  }

  /** Merges the story with the closest other story when they have become one event; the older survives. */
  private mergeNeighbours(s: StoryState): StoryState {
    const query = this.queryTerms(s.centroid);
    const other = this.bestMatch(storyScorable(s), this.live.index.lookup(query, this.options.maxCandidates), this.options.mergeThreshold, [
      s,
    ]);
    return other ? this.merge(s, other) : s;
  }

  /**
   * Merges the part of a split that did not take the new article with another story of its event,
   * if one has formed: its reports joined a mixed story when they came, so they never met that
   * story, and being merge-checked only when it gains an article, a part that gains none would
   * stay apart. The part it was split from is left out (the split just parted them), the bar is the
   * full merge bar even for two stories of headlines (headlineMergeShare lets differently worded
   * headline fragments of one event merge; this part was just found to be another event than a
   * story of its kind, so word overlap with a third one is weak evidence), and a story of fewer
   * than MIN_SPLIT_GROUP reports is no event formed yet (its reports get their second look).
   */
  private mergeSplitPart(part: StoryState, partner: StoryState): void {
    const query = this.queryTerms(part.centroid);
    const other = this.bestMatch(
      storyScorable(part),
      this.live.index.lookup(query, this.options.maxCandidates),
      this.options.mergeThreshold,
      [part, partner],
      true,
      true,
    );
    if (other && other.articleIds.length >= MIN_SPLIT_GROUP) this.merge(part, other);
  }

  /** Merges two stories into the older one and returns it. */
  private merge(s: StoryState, other: StoryState): StoryState {
    const [keep, drop] = other.seq < s.seq ? [other, s] : [s, other];
    absorb({ keep, drop, options: this.options, touched: this.touch(keep) });
    this.live.assign(keep, drop.articleIds);
    this.live.forget(drop);
    this.merged.push({ from: drop.id, into: keep.id });
    this.live.indexUnder(keep, drop.indexed);
    return keep;
  }

  /**
   * Splits a small story whose members form two events; returns the part that holds the article. The story keeps its
   * id for the larger part (for the part holding its first member when they are as large): what a reader saw under
   * the id was mostly that part, and a `/compare s-…` for "Major fire at Waitrose in Wellington" had come to open the
   * two reports of a fire in Banstead that the story had begun with.
   */
  private splitIfTwoEvents(s: StoryState, articleId: string): StoryState {
    if (!s.members || !splitCheckDue(s.members.length)) return s;
    const groups = splitOf({ members: s.members, minGroup: MIN_SPLIT_GROUP, options: this.options });
    if (!groups) return s;
    const [stay, leave] = groups[1].length > groups[0].length ? [groups[1], groups[0]] : groups;
    const other = this.open(leave[0]!.id, leave[0]!.time);
    const touched = this.touch(s, other);
    rebuild({ story: s, members: stay, options: this.options, touched });
    for (const member of leave) addMember({ story: other, member, options: this.options, touched });
    this.live.assign(other, other.articleIds);
    this.live.indexUnder(
      other,
      this.queryTerms(other.centroid).map(([term]) => term),
    );
    const [holder, part] = leave.some((m) => m.id === articleId) ? [other, s] : [s, other];
    this.mergeSplitPart(part, holder);
    return holder;
  }

  /**
   * Looks again at where an article went, now that `secondLookAfter` more have arrived: when another
   * live story takes it over its join bar and scores it higher than the rest of its own story does,
   * it moves there (a story it was alone in closes). An article that came before the story of its
   * event had formed started a story of its own, or joined a neighbour's on a weak match; this puts it
   * where it would have gone had it come later. When no story takes it by words and its words do not
   * hold it in its own story (a report in another language, or one the bridge placed), the language
   * bridge looks again: a report that came before any report of its event in another language moves to
   * the story whose reports in other languages share its names and numbers better than its own story's
   * do. Only articles of young stories (members still kept) move; in an older story an article's place
   * is settled.
   */
  private secondLook(a: Arrival): void {
    const s = this.live.ofArticle(a.articleId);
    const member = s?.members?.find((m) => m.id === a.articleId);
    if (!s || !member) return;
    const self: Scorable = {
      vector: member.vector,
      vectorNorm: 1,
      specifics: a.specifics,
      dated: member.dated,
      detailed: member.detailed,
      figures: [member.quantities],
    };
    const seqs = this.live.index.lookup(a.query, this.options.maxCandidates);
    const model = modelFor(this.options.joinModel, self.detailed, a.language);
    const byWords = model ? this.bestByModel(model, self, seqs, a.terms, s) : this.bestMatch(self, seqs, a.bar, [s], false);
    const rest = s.members!.filter((m) => m !== member);
    // How well the rest of its story holds the article, on the scale of the join decision (log-odds with a model).
    const held = (): number => {
      if (rest.length === 0) return model ? -Infinity : 0;
      const group = groupScorable(rest, this.options);
      if (!model) return similarity(self, group, this.options);
      const e = joinEvidence(self, group, a.terms, this.options);
      return e ? joinLogOdds(model, e) : -Infinity;
    };
    if (byWords && held() >= this.lastScore) return;
    const target =
      byWords ?? (this.bridge.multilingual && held() <= (model ? 0 : a.bar) ? this.acrossLanguagesAgain(a.articleId, s) : null);
    if (target) this.move(member, s, target, a.query);
  }

  /**
   * Moves an article's member from its story to another, listed there under its index terms; a story left
   * empty ends, as having gone into the story the article ended in (after a split of the target).
   */
  private move(member: Member, from: StoryState, target: StoryState, query: [string, number][]): void {
    const rest = from.members!.filter((m) => m !== member);
    const touched = this.touch(target, ...(rest.length > 0 ? [from] : []));
    if (rest.length === 0) this.live.forget(from);
    else rebuild({ story: from, members: rest, options: this.options, touched });
    addMember({ story: target, member, options: this.options, touched });
    this.live.assign(target, [member.id]);
    this.live.indexUnder(
      target,
      query.map(([term]) => term),
    );
    const holder = this.splitIfTwoEvents(target, member.id);
    if (rest.length === 0 && from.id !== holder.id) this.merged.push({ from: from.id, into: holder.id });
    if (mergeCheckDue(holder.articleIds.length)) this.mergeNeighbours(holder);
  }

  /**
   * Reports in other languages that came before their event's story had formed, looked at again by the
   * bridge when a report sharing their names or numbers arrives: one that still stands alone in its
   * language in a story holding no report of the newcomer's language (alone, or bridged to another
   * event's report in a third language) moves to the story told in other languages that shares its
   * names and numbers best, when that one beats its own story and the bridge bar, as on its second
   * look. Without this, a report placed before any report of its event in another language waited for
   * its one second look, which the last reports of a run never get.
   */
  private pullAcross(articleId: string): void {
    const language = this.bridge.languageOf(articleId);
    let looks = 0;
    for (const other of this.bridge.others(articleId)) {
      if (looks >= PULLED_LOOKS) break;
      const story = this.live.ofArticle(articleId);
      const from = this.live.ofArticle(other);
      const member = from?.members?.find((m) => m.id === other);
      if (!story || !from || from === story || !member) continue;
      if (from.members!.some((m) => m !== member && (m.language === language || m.language === member.language))) continue;
      looks++;
      const target = this.acrossLanguagesAgain(other, from);
      if (target) this.move(member, from, target, this.queryTerms(member.vector));
    }
  }

  /** Notes stories as changed (for takeChanged) and returns the next value of the change counter. */
  private touch(...stories: StoryState[]): number {
    for (const s of stories) this.changed.add(s.id);
    return ++this.changes;
  }

  /**
   * Drops the stories whose latest report is older than `cutoff` (ms), as the sweep by article time does. The newsroom
   * asks it by the clock after placing a batch: article time alone keeps a story of old reports current until newer
   * reports arrive.
   */
  closeBefore(cutoff: number): void {
    this.live.expireBefore(cutoff);
    for (const [id, first] of this.issued) if (!this.live.byId(id) && !this.live.ofArticle(first)) this.issued.delete(id);
  }

  /** Drops stories untouched for `expiryDays` of article time, sweeping at most once an hour of it. */
  private expire(time: number): void {
    this.latestTime = Math.max(this.latestTime, time);
    if (this.latestTime - this.lastSweep < DAY_MS / 24) return;
    this.lastSweep = this.latestTime;
    this.closeBefore(this.latestTime - this.options.expiryDays * DAY_MS);
    if (this.bridge.size > 2 * this.live.articleCount + 1000) this.bridge.prune((id) => this.live.ofArticle(id) !== undefined);
  }
}

/**
 * The reports in other languages an arrival looks at again (`pullAcross`): those sharing the most name and number
 * weight with it. A bound on the work one arrival does, whatever the stream holds in other languages.
 */
const PULLED_LOOKS = 8;

/** Merge checks after each of a story's first 8 articles, then at every 8th: a big centroid moves slowly. */
function mergeCheckDue(size: number): boolean {
  return size <= 8 || size % 8 === 0;
}

/** Split checks once both sides could hold MIN_SPLIT_GROUP reports, then at every 4th report: a story mixes early. */
function splitCheckDue(size: number): boolean {
  return size >= 2 * MIN_SPLIT_GROUP && (size <= 8 || size % 4 === 0);
}

function articleTime(article: Article): number {
  const t = Date.parse(article.publishedAt ?? article.fetchedAt);
  return Number.isFinite(t) ? t : Date.parse(article.fetchedAt) || 0;
}
