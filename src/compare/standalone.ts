import { wordCount } from '../text/sentences.ts';
import { unicodeWords } from '../text/unicode-regex.ts';
/**
 * Whether a sentence can be shown on its own: a reader who sees one sentence out of its report must not be left
 * with someone's quoted words presented as fact, or with a "he", "it" or "but" that points at a sentence they
 * cannot see.
 */

const OPEN_QUOTES = /["“«„]/gu;
const CLOSE_QUOTES = /["”»]/gu;
/** Mostly a quotation: 30 or more characters in quotes, an opening quote, or "said: “…". */
const QUOTED = /["“«„][^"“”«»„]{30,}["”»]|^\s*["“«„']|\b(?:said|says|added|told [\p{L} ]{1,30}|stated|explained)\s*:\s*["“«„']?/u;

/** True when the sentence is mostly someone's quoted words: their view, not the event's fact. */
export function isQuoted(sentence: string): boolean {
  return QUOTED.test(sentence) || unbalancedQuote(sentence);
}

/** True when a sentence opens or closes a quotation it does not hold whole (one quote of a multi-sentence quotation). */
function unbalancedQuote(sentence: string): boolean {
  const straight = (sentence.match(/"/gu) ?? []).length;
  if (straight % 2 === 1) return true;
  const open = (sentence.match(OPEN_QUOTES) ?? []).filter((q) => q !== '"').length;
  const close = (sentence.match(CLOSE_QUOTES) ?? []).filter((q) => q !== '"').length;
  return open !== close;
}

/**
 * Openings that point back at a sentence before: pronouns, "the latter", connectives; and a person's pronoun in the
 * other languages Parallax reads ("Він також прийняв вісім пасів…" gives another player's catches to the name of the
 * line before; "Sie wurde 85 Jahre alt.", "Elle avait 85 ans.", "Его преемник…"). French "Il y a" is no pronoun.
 */
const POINTS_BACK = unicodeWords(
  new RegExp(
    [
      /^(?:He|She|It|They|We|I|You|His|Her|Its|Their|This|That|These|Those|Such|There|Here|But|And|Or|So|Yet|Still|Also|Then|However|Meanwhile|Instead|Moreover|Besides|Nevertheless|Otherwise|Thus|Therefore|The (?:latter|former|same|pair|trio|duo|couple))\b/u
        .source,
      // "One of them told the judge…", "Both of those…": a part of a group told before. "Two, she shot…": an item of a
      // list someone was counting off.
      /^(?:One|Some|Many|Most|Few|Several|Both|All|Each|Either|Neither|None|Two|Three|Four|Five) of (?:them|those|these|whom)\b|^(?:One|Two|Three|Four|Five|First|Second|Third|Fourth|Fifth),\s/u
        .source,
      // "Both are partners in the firm", "Both women died", "Either way, …": the two told before. Not names joined
      // ("Both Weitz's and Meyer's letters", "Neither Perlo nor…") or words joined ("Both scientific and religious…").
      /^(?:Both|Neither|Each|Either)\s+(?!\p{Lu})(?![\p{L}'’-]+\s+(?:and|nor|or)\b)/u.source,
      // "The two directed American Pie", "The three met for two hours": a number of people told before, as the subject.
      // Not "The three bank workers were killed", whose noun says who.
      /^The (?:two|three|four) (?:are|were|have|had|will|would|met|[\p{Ll}-]+ed)\b/u.source,
      /^(?:Er|Sie|Ihr|Ihre|Sein|Seine|Il(?! y a)|Elle|Ils|Elles|Él|Ella|Ellos|Ellas|Lui|Lei|Loro|Ele|Ela|Eles|Elas|Он|Она|Они|Его|Её|Ее|Их|Ему|Ей|Им|Він|Вона|Вони|Його|Її|Їх|Йому|Їй|Їм)(?![\p{L}\p{N}])/u
        .source,
    ].join('|'),
    'u',
  ),
);

/**
 * True when a sentence points back at the one before it: it opens on a pronoun or a connective ("He said 30 of the
 * 80 wounded…", "That happened last week…", "Because it didn't…"), holds one half of a quotation, announces what
 * follows ("…such as the prophetic Dr Homoud:") or gives someone's words only to "he" or "she". Shown without the
 * sentence before it, it reads as a fragment.
 */
export function pointsBack(sentence: string): boolean {
  return (
    POINTS_BACK.test(sentence.trim()) ||
    /^\s*(?:Because|Although|Though|Since|Unless|Whereas)\b/u.test(sentence) ||
    unbalancedQuote(sentence) ||
    /:\s*["”’]?\s*$/u.test(sentence) ||
    QUOTED_BY_PRONOUN.test(sentence)
  );
}

/** Someone's words given only to "he" or "she": "“He slipped away,” she said." names the speaker in a line before. */
const QUOTED_BY_PRONOUN = /[,.!?…]\s*["”’']\s*,?\s*(?:he|she|they)\s+(?:said|says|added|adds|told|tells|explained|recalled|wrote)\b/u;

/** True when a sentence needs the one before it to be understood: it points back ("He said…", "But it…"), is part of a quotation, is a short fragment, asks a question or announces what follows ("…such as:"). */
export function needsContext(sentence: string): boolean {
  const words = wordCount(sentence);
  return (
    POINTS_BACK.test(sentence.trim()) ||
    ADDS_TO.test(sentence) ||
    unbalancedQuote(sentence) ||
    /^\s*["“«„']/u.test(sentence) ||
    words < MIN_WORDS ||
    (/^\s*[\d(]/u.test(sentence) && words < 2 * MIN_WORDS) ||
    /[?:]\s*["”’]?\s*$/u.test(sentence)
  );
}

/**
 * "Also" in the main clause, after a subject of a few words and perhaps an auxiliary ("Police also found a second
 * gun", "The administration will also move to reverse…"): an addition to what the report told before, not the fact
 * itself. "Also known as" names, and adds nothing.
 */
const ADDS_TO =
  /^\s*(?:[\p{L}\p{N}'’.-]+\s+){1,4}(?:(?:will|would|has|have|had|was|were|is|are|can|could|may|might|must|should)\s+)?also\s+(?!known\b)/u;

/**
 * A statement shorter than this is a fragment ("900 (Dh4,275) a month.") or a heading ("Mat Maid mop up"), not a
 * fact a reader can take alone.
 */
export const MIN_WORDS = 6;

/** A person's pronoun: it stands for a name the sentence has not given yet. */
const PERSON_PRONOUN = /^(?:he|she|him|her|his|hers|himself|herself)$/u;
/**
 * A definite description a sentence opens with that names its referent only by its place in the report: one person
 * by role ("The man", "The defendant"), a statement or finding ("The report says", "The claims of…"), a place or
 * moment ("The location", "The decisive moment"), or one of a series ("The third victim", "The new death toll").
 */
const DEFINITE_BACK = new RegExp(
  '^The (?:(?:new|next|latest|other|previous|second|third|fourth|fifth|last|following|earlier)\\b|' +
    "(?:[a-z][\\w'-]* ){0,2}(?:man|woman|boy|girl|pair|couple|duo|trio|victim|suspect|defendant|driver|gunman|" +
    'report|finding|statement|claims?|decision|move|announcement|complaint|poll|survey|study|website|article|interview|letter|video|footage|incident|location|impact|moment)\\b)',
  'u',
);

/**
 * A person named only by what the report told of them before, an epithet a sports or culture page writes for the name
 * it gave once ("The Missouri native suffered a shin injury", "The Ukrainian world champion extended his run", "The
 * six-foot-five Ukrainian-born champ was never threatened", "The 36-year-old was…"): shown alone, it does not say who.
 * Not when a name follows ("The 32-year-old Klitschko won…").
 */
const EPITHET =
  /^The (?:[\p{L}\d'’-]+ ){0,3}?(?:champion|champ|titleholder|native|winner|veteran|star|\d+-year-old|\p{L}+-born)\b(?![\s,]+\p{Lu})/u;

/**
 * A moment named only by a moment the report told before: "at that point", "at that time", "by then", "at the
 * conclusion", "later that day" ("Lynch reported that Henry became infuriated at that point").
 */
const MOMENT_BACK =
  /\b(?:at that (?:point|time|moment|stage)|by then|by that time|at the conclusion|(?:earlier|later) that (?:day|night|morning|afternoon|evening))\b/iu;

/**
 * A day told from the report's own date ("arrested yesterday", "this morning", "gestern", "hier", "вчера", "昨日"):
 * true on the day its report was written, wrong a day later, and an agreed fact is read apart from any one report's
 * date. The plainest such words of each language the corpus holds, read in the sentence's own language ("hier" is
 * yesterday in French, here in German); a weekday is left alone (it names one day of the week the event was in).
 */
const RELATIVE_DAY: Record<string, RegExp> = Object.fromEntries(
  Object.entries({
    en: /\b(?:yesterday|today|tonight|tomorrow|last night|this (?:morning|afternoon|evening))\b/iu,
    de: /\b(?:gestern|heute|morgen)\b/iu,
    fr: /\b(?:hier|aujourd['’]hui|demain|ce (?:matin|soir))\b/iu,
    es: /\b(?:ayer|hoy|mañana|anoche)\b/iu,
    it: /\b(?:ieri|oggi|domani|stamattina|stasera)\b/iu,
    pt: /\b(?:ontem|hoje|amanhã)\b/iu,
    ru: /\b(?:вчера|сегодня|завтра)\b/iu,
    uk: /\b(?:вчора|сьогодні|завтра)\b/iu,
    ar: /\b(?:أمس|الأمس|اليوم|غدا)\b/u,
    zh: /昨天|今天|明天|昨日|今日/u,
    ja: /昨日|今日|明日|本日/u,
  }).map(([language, re]) => [language, unicodeWords(re)]),
);

/** True when a sentence tells a day from its report's date (`RELATIVE_DAY`), read in its language (English when unknown). */
export function tellsRelativeDay(sentence: string, language: string | null): boolean {
  return RELATIVE_DAY[language ?? 'en']?.test(sentence) ?? false;
}

/**
 * True when a sentence leans on one before it for who or what it is about, beyond its opening word: a person's
 * pronoun before any name ("Police said she was in the crosswalk", "If convicted, he faces…"), a definite
 * description its report introduced ("The man discovered the bodies", "The report says…"), an epithet for someone it
 * named before ("The Missouri native…"), or a moment it told
 * before ("at that point", "by then"). `names` are the words the
 * report writes capitalised mid-sentence: an opening word among them is a name ("McAllister pushed her way…").
 */
export function leansOnContext(sentence: string, names: ReadonlySet<string> = new Set()): boolean {
  const text = sentence.trim();
  if (DEFINITE_BACK.test(text) || EPITHET.test(text) || MOMENT_BACK.test(text)) return true;
  const words = [...text.matchAll(/\p{L}+(?:['’]\p{L}+)*/gu)].map((m) => m[0].replace(/['’]s$/u, ''));
  for (const [i, word] of words.entries()) {
    if (i > 0 && PERSON_PRONOUN.test(word)) return true;
    if (/^\p{Lu}/u.test(word) && (i > 0 ? !/^I$/u.test(word) : names.has(word))) return false;
  }
  return false;
}

/**
 * The writer's own voice: first person outside quotes ("I think", "our first family", "Trust me"), or speaking to the
 * reader ("Make sure he's in your lineups", "Don't be quite so sure", "Let's recap Friday's action", "Take
 * approximately 7,000 Creighton hoops fans", "Imagine the shock"; not "Take That's singer…"). Capitalised inside a
 * sentence the words are names: "told Us" (the magazine), "the Sea Me We 4 cable".
 */
const WRITER = unicodeWords(
  /\b(?:I|me|my|we|our|us|you|your|yours|yourself)\b|^\s*(?:My|We|Our|You|Your)\b|^\s*(?:Don['’]t|Do not|Let['’]s|Let us)\b|^\s*(?:Take|Imagine|Consider|Remember|Expect|Forget|Trust|Click)\s+(?!\p{Lu})/u,
);
/**
 * A guess ("likely", "probably", "surely thinking about how they'll tell…") or an aside in brackets ("got spooked by
 * the paparazzi (uh huh)").
 */
const GUESS = unicodeWords(
  /\b(?:likely|unlikely|probably|perhaps|possibly|apparently|seemingly|seems?|surely|undoubtedly|arguably|presumably|doubtless)\b|\((?:uh[- ]huh|yeah,? right|sigh|ahem|lol|wink|natch)\)/u,
);
/** What may be rather than what is: "could leave a country crippled", "it may help", "Some might remember". */
const MAY_BE = /\b(?:could|might|may)\b/u;
/** A case put rather than a fact told: "If the Saints beat Seattle…, the Falcons will face…", "In this scenario, the Angels would…". */
const CONDITION = /^\s*(?:If|Unless|Should|Hypothetically|In (?:this|that|such a|either) scenario)\b/u;
/** Words that give a statement and who made it ("said", "according to", "issued a statement", "urged", "denied"). */
const STATEMENT =
  /\b(?:said|says|say|told|tells|according to|reported|reports|announced|confirmed|stated|statement|claimed|claims|argued|argues|asked|urged|warned|denied|denies|accused|blamed|insisted|added|credits|credited)\b/iu;

/** True when the sentence says who gives it: a statement someone made ("an NFL spokesman said…", "according to…"). English words. */
export function givesStatement(sentence: string): boolean {
  return STATEMENT.test(sentence);
}

/**
 * True when a sentence gives a view or a guess rather than a fact: first person outside quotes, a word of likelihood,
 * an exclamation, a case put ("If…"), or what could or may be when no one is said to say so ("Severing a main
 * pipe-line could leave a country crippled…"; "Officials said the toll could rise" is their statement). English words.
 */
export function isOpinion(sentence: string): boolean {
  const own = outsideQuotes(sentence);
  return writersVoice(sentence, own) || GUESS.test(own) || CONDITION.test(sentence) || (MAY_BE.test(own) && !givesStatement(sentence));
}

/**
 * The writer speaking of themself, outside quotes, in each other language the corpus holds: the first person singular
 * ("Personnellement, rien d'étonnant pour moi : je la croyais morte", a columnist's aside in a report of a death;
 * "Біографія … одразу вразила мене", a blog's). Possessives are read in lower case only, so a name is not one ("Jack
 * Ma", "Mon"); Chinese "我" is not the first person plural or "our" of a country, army or side ("我们", "我国", "我军",
 * "我方"), as state media write; Japanese "私" is read as a pronoun ("私は", "私の"), not in "私立" (private); Russian and
 * Ukrainian "я" is not an ordinal's ending ("10-я победа").
 */
const FIRST_PERSON: Record<string, RegExp> = Object.fromEntries(
  Object.entries({
    de: /\b(?:[Ii]ch|mich|mir|mein|meine|meinen|meinem|meiner|meines)\b/u,
    fr: /\b(?:[Jj]e|[Mm]oi|mon|ma|mes|me)\b|\b(?:[JjMm]['’])(?=\p{L})/u,
    es: /\b(?:[Yy]o|me|mi|mis|conmigo)\b/u,
    it: /\b(?:[Ii]o|mi|me|mio|mia|miei|mie)\b/u,
    pt: /\b(?:[Ee]u|me|mim|meu|minha|meus|minhas|comigo)\b/u,
    ru: /(?<![-‐–])\b(?:[Яя])\b|\b(?:меня|мне|мной|мой|моя|моё|мое|мои|моего|моей|моему|моим|моих|мою)\b/u,
    uk: /(?<![-‐–])\b(?:[Яя])\b|\b(?:мене|мені|мною|мій|моя|моє|мої|мого|моєї|моєму|моїм|моїх|мою)\b/u,
    ar: /\b(?:أنا)\b/u,
    zh: /我(?![们們国國军軍方省市区區县縣校院])/u,
    ja: /私(?:は|が|の|も|に|を|たち)|僕|俺/u,
  }).map(([language, re]) => [language, unicodeWords(re)]),
);

/**
 * True when a sentence is the writer's own voice, not the news: first person outside quotes, the reader spoken to, or
 * an exclamation ("For months I have been reading the lies…", "Get well soon, Tara!"; not "…reports FoxSports.com and
 * Yahoo!", whose mark is a name's), read in English when the language is English or unknown; in another language,
 * the writer speaking of themself (`FIRST_PERSON`) or an exclamation ("Repose en paix, Bettie !").
 */
export function inWritersVoice(sentence: string, language: string | null = 'en'): boolean {
  if (language === null || language === 'en') return writersVoice(sentence, outsideQuotes(sentence));
  const own = outsideQuotes(sentence);
  return (FIRST_PERSON[language]?.test(own) ?? false) || /[!！]\s*$/u.test(own);
}

/** `inWritersVoice`, given the sentence without its quotations (`own`) as isOpinion has it already. */
const writersVoice = (sentence: string, own: string): boolean => WRITER.test(own) || (/!\s*$/u.test(own) && !givesStatement(sentence));

const outsideQuotes = (sentence: string): string => sentence.replace(/["“«„][^"“”«»„]*["”»]|「[^」]*」|『[^』]*』/gu, ' ');

/**
 * What someone or something does as a rule ("Microsoft often issues a patch as soon as it's ready", "usually pushes
 * out updates on the second Tuesday", "The Saints do not generally run the ball much anyway"): true of many events,
 * the fact of none, so neither an agreed fact nor one outlet's. English words.
 */
const HABITUAL = /\b(?:usually|normally|typically|generally|often|routinely|customarily)\b/iu;

export function isHabitual(sentence: string): boolean {
  return HABITUAL.test(sentence);
}

/** True when a sentence ends as a sentence does (a full stop, a question or exclamation mark, a closing quote or bracket): not a headline or a line cut off mid-phrase. */
export function endsAsSentence(sentence: string): boolean {
  return closesWithStop(sentence) || /["”’'»)\]」』]\s*$/u.test(sentence);
}

/** True when a line closes with a stop of any script (". ! ? …", "。！？"), a closing quote or bracket after it allowed. */
export function closesWithStop(sentence: string): boolean {
  return /[.!?…。！？]["”’'»)\]」』]*\s*$/u.test(sentence);
}
