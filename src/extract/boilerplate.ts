const JUNK_TAGS = [
  'nav',
  'header',
  'footer',
  'aside',
  'figure',
  'figcaption',
  'script',
  'style',
  'noscript',
  'form',
  'iframe',
  'svg',
  'button',
  'select',
  'input',
  'textarea',
  'template',
  'object',
  'embed',
  'video',
  'audio',
  'canvas',
  'dialog',
];
const JUNK_ATTRIBUTES = [
  '[role=navigation]',
  '[role=banner]',
  '[role=contentinfo]',
  '[role=complementary]',
  '[role=dialog]',
  '[role=alert]',
  '[aria-hidden=true]',
  '[hidden]',
];

/** Elements that never hold article text. */
export const JUNK_SELECTOR = [...JUNK_TAGS, ...JUNK_ATTRIBUTES].join(', ');

const NEGATIVE_TOKENS = new Set([
  'nav',
  'navbar',
  'menu',
  'footer',
  'sidebar',
  'aside',
  'comment',
  'comments',
  'related',
  'recirc',
  'promo',
  'promotion',
  'ad',
  'ads',
  'advert',
  'adverts',
  'advertisement',
  'adslot',
  'sponsor',
  'sponsored',
  'share',
  'sharing',
  'social',
  'newsletter',
  'subscribe',
  'subscription',
  'signup',
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  'banner',
  'popup',
  'modal',
  'caption',
  'credit',
  'credits',
  'breadcrumb',
  'breadcrumbs',
  'tags',
  'popular',
  'trending',
  'widget',
  'outbrain',
  'taboola',
  'paywall',
  'masthead',
  'toolbar',
  'pagination',
  'links',
  'skip',
  'hidden',
  'print',
  'topbar',
  'byline',
  'dateline',
  'timestamp',
  'author',
  'bio',
  'meta',
  'headline',
  'kicker',
]);
const POSITIVE_TOKENS = new Set([
  'article',
  'body',
  'content',
  'story',
  'text',
  'main',
  'post',
  'entry',
  'prose',
  'blog',
  'richtext',
  'articlebody',
]);

function tokens(classAndId: string): string[] {
  return classAndId
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** +1 per positive hint (`content`, `story`…) and -1 per negative hint (`ad`, `share`, `related`…) in class and id. */
export function hintWeight(classAndId: string): number {
  let weight = 0;
  for (const token of tokens(classAndId)) {
    if (POSITIVE_TOKENS.has(token)) weight += 1;
    if (NEGATIVE_TOKENS.has(token)) weight -= 1;
  }
  return weight;
}

/** True when class or id names a negative hint at all. */
export function hasNegativeHint(classAndId: string): boolean {
  return tokens(classAndId).some((token) => NEGATIVE_TOKENS.has(token));
}

const SHORT_LINE_PATTERNS = [
  /^(advertisement|advert|ad|sponsored( content)?|promoted( content)?|paid content)$/i,
  /^(read|see|watch|listen)( more| next| also)?\s*[:>»›-]/i,
  /^(read|see) (more|also)\b/i,
  /^(related|more on this( story)?|more from|most read|you may also like|recommended)\b/i,
  /^(sign up|subscribe|register|log ?in|already a subscriber)\b/i,
  /\b(sign up|subscribe)\b.*\b(newsletter|briefing|inbox|email)\b/i,
  /^(©|\(c\)|copyright\b)/i,
  /\ball rights reserved\b/i,
  /^(photo|photograph|picture|image|illustration|video)( credit)?s?\s*[:|/]/i,
  /\b(photo|photograph|image|picture)\s*:\s*[^.]{0,60}$/i,
  /^(getty images|reuters|ap photo|afp|epa|shutterstock)\b.{0,40}$/i,
  /^share( this( article| story)?| on \w+)?$/i,
  /^(tweet|email|print|copy link|comments?)$/i,
  /\bcookies?\b.*\b(accept|consent|policy|use)\b/i,
  /^(follow us|click here|skip to|jump to|back to top)\b/i,
  /^(listen to this article|loading|please enable javascript)\b/i,
];

/** True for a text line that is page furniture (ads, sign-ups, credits, copyright, share prompts), not article text. */
export function isBoilerplateLine(line: string): boolean {
  const text = line.trim();
  if (!text) return true;
  if (text.length > 220) return false;
  return SHORT_LINE_PATTERNS.some((pattern) => pattern.test(text));
}
