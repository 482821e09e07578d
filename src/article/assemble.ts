import type { Article, ArticleImage, Author, Comment, ExcerptSource, Navigation, Paragraph, PublishedAtSource, Reactions, RemovedBlock, Warning } from '../model/article.js';
import { dateFromNeighbours } from '../navigation/index.js';
import { eventsOfBody } from '../events/index.js';

/** The parts an Article is made of; optional parts are left out of the result when absent. */
export interface ArticleParts {
  title: string;
  subtitle?: string;
  paragraphs: Paragraph[];
  publishedAt?: string;
  /** Where `publishedAt` was read; required with it. */
  publishedAtSource?: PublishedAtSource;
  excerpt?: { text: string; source: ExcerptSource };
  modifiedAt?: string;
  authors: Author[];
  publisher?: string;
  section?: string;
  url?: string;
  language?: string;
  tags: string[];
  images: ArticleImage[];
  removed: RemovedBlock[];
  encoding: string;
  family: string;
  warnings: Warning[];
  /** The day relative dates in the body count from when the page has no `publishedAt`. */
  referenceDate?: string;
  comments: Comment[];
  navigation: Navigation;
  reactions: Reactions;
}

/**
 * Builds the plain-JSON Article, with the fields in their documented order and the `no-title`,
 * `no-body` and `no-date` warnings.
 */
export function assembleArticle(parts: ArticleParts): Article {
  const warnings = [...parts.warnings];
  let publishedAt = parts.publishedAt;
  let publishedAtSource = publishedAt ? parts.publishedAtSource : undefined;
  if (!publishedAt) {
    publishedAt = dateFromNeighbours(parts.navigation);
    if (publishedAt) {
      publishedAtSource = 'neighbours';
      warnings.push({ code: 'date-inferred-from-navigation', message: `No date of its own; ${publishedAt} is the day of its previous and next articles.` });
    }
  }
  if (!warnings.some((w) => w.code === 'empty-input' || w.code === 'not-html' || w.code === 'input-too-complex')) {
    if (parts.title === '') warnings.push({ code: 'no-title', message: 'No headline was found.' });
    if (parts.paragraphs.length === 0) warnings.push({ code: 'no-body', message: 'No article text was found.' });
    if (!publishedAt) warnings.push({ code: 'no-date', message: 'No publication date was found.' });
  }
  const body = parts.paragraphs.map((p) => p.text).join('\n\n');
  // Events come from the body after repeats are out, so a page printed twice gives each event once.
  const events = eventsOfBody(body, publishedAt ?? parts.referenceDate, warnings);
  const article: Article = {
    title: parts.title,
    paragraphs: parts.paragraphs,
    body,
    authors: parts.authors,
    tags: parts.tags,
    images: parts.images,
    events,
    comments: parts.comments,
    navigation: orderNavigation(parts.navigation),
    reactions: parts.reactions,
    removed: parts.removed,
    source: { encoding: parts.encoding, family: parts.family, warnings },
  };
  const optional = {
    subtitle: parts.subtitle,
    excerpt: parts.excerpt?.text,
    excerptSource: parts.excerpt?.source,
    publishedAt,
    publishedAtSource: publishedAt ? publishedAtSource : undefined,
    modifiedAt: parts.modifiedAt,
    publisher: parts.publisher,
    section: parts.section,
    url: parts.url,
    language: parts.language,
  };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined && value !== '') (article as unknown as Record<string, unknown>)[key] = value;
  }
  return orderKeys(article);
}

const KEY_ORDER: readonly (keyof Article)[] = [
  'title', 'subtitle', 'excerpt', 'excerptSource', 'paragraphs', 'body', 'publishedAt', 'publishedAtSource', 'modifiedAt', 'authors', 'publisher', 'section', 'url',
  'language', 'tags', 'images', 'events', 'comments', 'navigation', 'reactions', 'removed', 'source',
];

function orderKeys(article: Article): Article {
  const ordered: Record<string, unknown> = {};
  for (const key of KEY_ORDER) if (article[key] !== undefined) ordered[key] = article[key];
  return ordered as unknown as Article;
}

/** Navigation with its keys in the model's order. */
function orderNavigation(navigation: Navigation): Navigation {
  const ordered: Navigation = { related: navigation.related, breadcrumbs: navigation.breadcrumbs };
  return {
    ...(navigation.previous ? { previous: navigation.previous } : {}),
    ...(navigation.next ? { next: navigation.next } : {}),
    ...ordered,
  };
}
