/**
 * Turning an article container into body blocks and images. Blocks are cut at block elements and
 * at `<br>` (Korean CMSes separate paragraphs with `<br><br>` as often as with `<p>`); captions
 * go to their image instead of the body.
 */
import { BLOCK_TAGS, attr, childrenOf, collapseSpace, isElement, isText } from '../helpers/dom.js';
import type { Element, Matcher, Node } from '../helpers/dom.js';
import type { ArticleImage, ParagraphKind } from '../model/article.js';
import type { BlockLink, RawBlock } from '../model/page.js';
import { CAPTION_HINT, DROP_HINT, SKIP_TAGS } from './hints.js';
import { isHidden, visibleText } from '../helpers/textReader.js';

const skipForCaption = (element: Element): boolean => SKIP_TAGS.has(element.tagName);



/** What to leave out while reading a container. */
export interface BlockOptions {
  /** Elements dropped with their subtree (site rules' `drop` selectors). */
  drop?: Matcher;
  /** Caption elements (site rules' `captions` selectors), in addition to the generic ones. */
  caption?: Matcher;
  /** Drop subtrees whose class/id looks like clutter (`DROP_HINT`). Default true. */
  dropByHint?: boolean;
}

/** Marks some sites print before a caption (`▲ 행사 모습`). */
const CAPTION_MARK = /^[▲△▶▷■□◆◇]\s*/;

const IMAGE_SOURCE_ATTRS = ['data-src', 'data-original', 'data-lazy-src', 'data-lazy', 'data-url', 'src'] as const;

function imageSource(element: Element): string | undefined {
  for (const name of IMAGE_SOURCE_ATTRS) {
    const value = attr(element, name)?.trim();
    if (value && !value.startsWith('data:')) return value;
  }
  return undefined;
}

function isCaption(element: Element, options: BlockOptions): boolean {
  if (element.tagName === 'figcaption') return true;
  if (options.caption?.(element)) return true;
  const names = `${attr(element, 'class') ?? ''} ${attr(element, 'id') ?? ''}`;
  return names.trim() !== '' && CAPTION_HINT.test(names);
}

function kindOf(tag: string, current: ParagraphKind): ParagraphKind {
  if (/^h[1-6]$/.test(tag)) return 'heading';
  if (tag === 'blockquote') return 'quote';
  if (tag === 'li' || tag === 'dd') return 'list-item';
  return current;
}

/**
 * Reads the blocks and images of an article container, in order.
 *
 * @example
 * ```ts
 * const { blocks, images } = readBlocks(container);
 * ```
 */
export function readBlocks(
  container: Element,
  options: BlockOptions = {},
): { blocks: RawBlock[]; images: ArticleImage[]; lists: Element[]; bylines: string[] } {
  const blocks: RawBlock[] = [];
  const lists: Element[] = [];
  /** Texts of reporter boxes left out by their names (`<p class="reporter">홍길동 기자 …</p>`): read for the authors. */
  const bylines: string[] = [];
  const images: ArticleImage[] = [];
  const dropByHint = options.dropByHint ?? true;

  let text = '';
  let linkText = 0;
  let allEmphasised = true;
  let kind: ParagraphKind = 'paragraph';
  let links: BlockLink[] = [];
  /** Blocks flushed so far (empty ones too): a link that spans a flush is not one block's link. */
  let flushes = 0;

  const flush = (): void => {
    const clean = collapseSpace(text).normalize('NFC');
    if (clean !== '') {
      const length = clean.length;
      const block: RawBlock = { text: clean, kind, linkDensity: Math.min(1, linkText / length), emphasised: allEmphasised };
      if (links.length > 0) block.links = links;
      if (kind === 'list-item' && ordered) block.ordered = true;
      blocks.push(block);
    }
    text = '';
    linkText = 0;
    allEmphasised = true;
    links = [];
    flushes++;
  };

  type LinkExit = { start: number; flushes: number; href: string };
  /** Is the list entry being read one of a numbered list? */
  let ordered = false;
  type Frame = { node: Node; exit?: ParagraphKind; exitOrdered?: boolean; link?: LinkExit; linkDepth: number; emphasis: number; inOl?: boolean };
  const stack: Frame[] = [{ node: container, linkDepth: 0, emphasis: 0 }];
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    const { node, linkDepth, emphasis } = frame;
    if (frame.exit !== undefined) {
      flush();
      kind = frame.exit;
      ordered = frame.exitOrdered ?? false;
      continue;
    }
    if (frame.link !== undefined) {
      // The end of an `<a href>`: its text is what was read since its start, within one block.
      if (frame.link.flushes === flushes) {
        const linkText = collapseSpace(text.slice(frame.link.start)).normalize('NFC');
        if (linkText !== '') links.push({ text: linkText, href: frame.link.href });
      }
      continue;
    }
    if (isText(node)) {
      text += node.value;
      const visible = collapseSpace(node.value).length;
      if (linkDepth > 0) linkText += visible;
      if (visible > 0 && emphasis === 0 && kind !== 'heading') allEmphasised = false;
      continue;
    }
    if (!isElement(node)) continue;
    const tag = node.tagName;
    if (tag === 'br') {
      flush();
      continue;
    }
    if (tag === 'img') {
      const src = imageSource(node);
      if (src) {
        const alt = collapseSpace(attr(node, 'alt') ?? '');
        images.push(alt ? { src, alt } : { src });
      }
      continue;
    }
    if (node !== container) {
      if (SKIP_TAGS.has(tag) || isHidden(node) || options.drop?.(node)) continue;
      if (isCaption(node, options)) {
        const caption = visibleText(node, skipForCaption).replace(CAPTION_MARK, '');
        const last = images[images.length - 1];
        if (caption && last && last.caption === undefined) last.caption = caption;
        // Images inside a caption box (rare) still count.
        continue;
      }
      if (dropByHint) {
        const names = `${attr(node, 'class') ?? ''} ${attr(node, 'id') ?? ''}`;
        if (names.trim() !== '' && DROP_HINT.test(names)) {
          if (BYLINE_BOX.test(names)) {
            const text = visibleText(node, skipForCaption);
            if (text.length <= 120) bylines.push(text);
          }
          continue;
        }
      }
      // Old table layouts box a photo and its caption in a small table: an image and a short text.
      if (tag === 'table') {
        const figure = photoTable(node);
        if (figure) {
          images.push(figure);
          continue;
        }
        // A table of data inside the article (a results table, a schedule): one block of rows of cells.
        const rows = dataTableRows(node);
        if (rows) {
          flush();
          blocks.push({ text: rows.map((row) => row.join(' ')).join(' '), kind: 'table', rows, linkDensity: 0, emphasised: false });
          continue;
        }
      }
      // `<div><img><br><font color="gray">▲ 캡션</font></div>`: a photo and its caption in a box of their own.
      if (PHOTO_BOX_TAGS.has(tag) && hasImageNear(node)) {
        const figure = photoBox(node);
        if (figure) {
          images.push(figure);
          continue;
        }
      }
      // A list of headline links (`관련기사` with teasers), inside the article container or not.
      if (isHeadlineList(node)) {
        lists.push(node);
        continue;
      }
    }
    const kids = childrenOf(node);
    const block = BLOCK_TAGS.has(tag) || tag === 'table';
    if (block) {
      flush();
      stack.push({ node, exit: kind, exitOrdered: ordered, linkDepth, emphasis });
      kind = kindOf(tag, kind);
      if (tag === 'li') ordered = frame.inOl === true;
    }
    const href = tag === 'a' && linkDepth === 0 ? attr(node, 'href')?.trim() : undefined;
    if (href) stack.push({ node, link: { start: text.length, flushes, href }, linkDepth, emphasis });
    const childLinkDepth = tag === 'a' ? linkDepth + 1 : linkDepth;
    const childEmphasis = tag === 'strong' || tag === 'b' || /^h[1-6]$/.test(tag) ? emphasis + 1 : emphasis;
    for (let i = kids.length - 1; i >= 0; i--) {
      stack.push({ node: kids[i] as Node, linkDepth: childLinkDepth, emphasis: childEmphasis, inOl: tag === 'ol' ? true : tag === 'ul' ? false : frame.inOl });
    }
  }
  flush();
  return { blocks, images, lists, bylines };
}

/** The longest cell of a data table: a cell with more is a layout table's column of prose. */
const MAX_TABLE_CELL = 200;
/** The most text a data table holds. */
const MAX_TABLE_TEXT = 5000;

/**
 * The rows of cells of a table of data: no table inside it, no image, at least two rows of at least
 * two cells with at least four cells not empty, every cell short (≤ 200 characters), mostly not links.
 * Anything else (layout tables of old CMSes, photo boxes, link lists) is read as before, undefined here.
 */
export function dataTableRows(table: Element): string[][] | undefined {
  const rows: string[][] = [];
  let filled = 0;
  let total = 0;
  let linkText = 0;
  const stack: Node[] = [...childrenOf(table)].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (!isElement(node)) continue;
    const tag = node.tagName;
    if (tag === 'table' || tag === 'img') return undefined;
    if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') {
      const kids = childrenOf(node);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Node);
      continue;
    }
    if (tag !== 'tr' || isHidden(node)) continue;
    const row: string[] = [];
    for (const cell of childrenOf(node)) {
      if (!isElement(cell) || (cell.tagName !== 'td' && cell.tagName !== 'th') || isHidden(cell)) continue;
      if (hasDescendant(cell, (e) => e.tagName === 'table' || e.tagName === 'img')) return undefined;
      const text = collapseSpace(visibleText(cell, skipForCaption)).normalize('NFC');
      if (text.length > MAX_TABLE_CELL) return undefined;
      if (text !== '') filled++;
      total += text.length;
      linkText += linkTextLength(cell);
      row.push(text);
    }
    if (row.some((cell) => cell !== '')) rows.push(row);
  }
  if (total > MAX_TABLE_TEXT || filled < 4 || rows.filter((row) => row.length >= 2).length < 2) return undefined;
  if (linkText > total / 2) return undefined;
  return rows;
}

function hasDescendant(root: Element, test: (element: Element) => boolean): boolean {
  const stack: Node[] = [...childrenOf(root)];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (!isElement(node)) continue;
    if (test(node)) return true;
    stack.push(...childrenOf(node));
  }
  return false;
}

/** Characters of an element's text inside links. */
function linkTextLength(root: Element): number {
  let length = 0;
  const stack: Node[] = [...childrenOf(root)];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (!isElement(node)) continue;
    if (node.tagName === 'a') length += collapseSpace(visibleText(node)).length;
    else stack.push(...childrenOf(node));
  }
  return length;
}

/** Names of reporter boxes among the clutter names. */
const BYLINE_BOX = /byline|reporter|journalist|writer/i;

/** Longest text of a table read as a photo box rather than as body text. */
const MAX_PHOTO_TABLE_TEXT = 200;

const PHOTO_BOX_TAGS: ReadonlySet<string> = new Set(['div', 'p', 'center', 'figure', 'span', 'dl', 'dd']);
/** How captions end in Korean news: `-고 있다.`, `모습.`, `…모습이다.`, a credit (`/뉴스1`, `(사진=…제공)`, `ⓒ홍길동`). */
const CAPTION_ENDING = /(?:있다|있습니다|모습|모습이다|전경|풍경)\.?$|제공\s?\)?$|[/=]\s?[가-힣A-Za-z0-9]{2,10}\s?\)?$|[©ⓒ]\s?[가-힣A-Za-z]{2,10}$/;

/** Does the element hold an image among its children or grandchildren? (A cheap test before {@link photoBox}.) */
function hasImageNear(element: Element): boolean {
  for (const child of childrenOf(element)) {
    if (!isElement(child)) continue;
    if (child.tagName === 'img') return true;
    for (const grandchild of childrenOf(child)) if (isElement(grandchild) && grandchild.tagName === 'img') return true;
  }
  return false;
}

/**
 * A box holding one image and a short text that reads as its caption: printed apart from the image
 * (in an element of its own or after a `<br>`) or marked as one (`▲`, a caption ending, a credit).
 * `<p><img>첫 문단…</p>` stays body: the text runs on from the image with no mark.
 */
function photoBox(box: Element): ArticleImage | undefined {
  let image: Element | undefined;
  let apart = false;
  let afterImage = false;
  let count = 0;
  const stack: Node[] = [box];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (++count > 60) return undefined;
    if (isElement(node)) {
      if (node.tagName === 'img') {
        if (image) return undefined;
        image = node;
        afterImage = true;
      } else if (node.tagName === 'br' && afterImage) apart = true;
      else if (node !== box && node.tagName !== 'a' && isElement(node) && childrenOf(node).some((kid) => isText(kid) && kid.value.trim() !== '')) apart = true;
    }
    const kids = childrenOf(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Node);
  }
  const src = image ? imageSource(image) : undefined;
  if (!image || !src) return undefined;
  const raw = visibleText(box, skipForCaption);
  if (raw.length > MAX_PHOTO_TABLE_TEXT) return undefined;
  const caption = raw.replace(CAPTION_MARK, '');
  if (caption !== '' && !apart && !CAPTION_MARK.test(raw) && !CAPTION_ENDING.test(caption)) return undefined;
  const alt = collapseSpace(attr(image, 'alt') ?? '');
  const figure: ArticleImage = { src };
  if (alt) figure.alt = alt;
  if (caption) figure.caption = caption;
  return figure;
}

const LIST_TAGS: ReadonlySet<string> = new Set(['ul', 'ol']);
/** Labels of boxes of other articles' headlines: `관련기사`, `함께 보면 좋은 뉴스`, `많이 본 뉴스`. */
const HEADLINE_LIST_LABEL = /^(?:[▶▷►■□◆◇●○※#]\s?)?(?:관련\s?기사|관련\s?뉴스|함께\s?(?:보면|읽으면)|추천\s?기사|이\s?기사(?:와|를)|많이\s?본|인기\s?기사|주요\s?(?:뉴스|기사)|최신\s?(?:뉴스|기사)|이\s?시각|포토\s?뉴스|다른\s?기사|Related|More)/i;

/**
 * A list of other articles: a `ul`/`ol` whose items (two or more, nearly all) each start with a link,
 * or a box whose first text is a label like `관련기사` and that holds two links or more.
 */
export function isHeadlineList(element: Element): boolean {
  const tag = element.tagName;
  if (LIST_TAGS.has(tag)) {
    let items = 0;
    let linked = 0;
    for (const child of childrenOf(element)) {
      if (!isElement(child) || child.tagName !== 'li') continue;
      items++;
      const first = childrenOf(child).find((kid) => isElement(kid) || (isText(kid) && kid.value.trim() !== ''));
      if (first && isElement(first) && first.tagName === 'a' && attr(first, 'href') !== undefined && collapseSpace(visibleText(first, skipForCaption)).length >= 8) linked++;
    }
    return items >= 2 && linked >= items * 0.8;
  }
  if (tag !== 'div' && tag !== 'section' && tag !== 'aside' && tag !== 'dl' && tag !== 'table') return false;
  // The first text of the box, found within a few nodes.
  const stack: Node[] = [element];
  let seen = 0;
  while (stack.length > 0 && seen++ < 12) {
    const node = stack.pop() as Node;
    if (isText(node)) {
      const text = node.value.trim();
      if (text === '') continue;
      return HEADLINE_LIST_LABEL.test(text) && text.length <= 30 && countLinks(element, 2) >= 2;
    }
    if (isElement(node) && SKIP_TAGS.has(node.tagName)) continue;
    const kids = childrenOf(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Node);
  }
  return false;
}

/** Links (`a[href]`) under an element, counted up to `enough`. */
function countLinks(element: Element, enough: number): number {
  let links = 0;
  const stack: Node[] = [element];
  while (stack.length > 0 && links < enough) {
    const node = stack.pop() as Node;
    if (isElement(node) && node.tagName === 'a' && attr(node, 'href') !== undefined) links++;
    const kids = childrenOf(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Node);
  }
  return links;
}

/** A table holding exactly one image and a short text: a photo with its caption. */
function photoTable(table: Element): ArticleImage | undefined {
  let image: Element | undefined;
  const stack: Node[] = [table];
  let count = 0;
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (isElement(node) && node.tagName === 'img') {
      if (image) return undefined;
      image = node;
    }
    if (++count > 200) return undefined;
    const kids = childrenOf(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Node);
  }
  const src = image ? imageSource(image) : undefined;
  if (!image || !src) return undefined;
  const caption = visibleText(table, skipForCaption).replace(CAPTION_MARK, '');
  if (caption.length > MAX_PHOTO_TABLE_TEXT) return undefined;
  const alt = collapseSpace(attr(image, 'alt') ?? '');
  const figure: ArticleImage = { src };
  if (alt) figure.alt = alt;
  if (caption) figure.caption = caption;
  return figure;
}
