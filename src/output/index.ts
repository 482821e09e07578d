/** Outputs of an Article besides its JSON: Markdown and safe HTML of the body. */
export { escapeMarkdown, toMarkdown } from './markdown.js';
export type { MarkdownOptions } from './markdown.js';
export { SAFE_HTML_TAGS, toHtml } from './html.js';
export type { HtmlOptions } from './html.js';
