/**
 * What a reader sees of a subtree: its text without scripts, styles, form fields, hidden elements
 * and screen-reader-only text. Shared by the stages that read text outside the article body
 * (captions, comments, navigation).
 */
import { BLOCK_TAGS, NON_TEXT_TAGS, attr, childrenOf, collapseSpace, isElement, isText } from './dom.js';
import type { Element, Node } from './dom.js';

/** Screen-reader-only and hiding classes: their text is not shown, so it is not the page's text. */
export const HIDDEN_CLASS = /(?:^|\s)(?:blind|sound_only|sr-only|screen_out|screen-reader-text|visually-hidden|visuallyhidden|hidden|hide|skip|offscreen|a11y-hidden|u_skip|ir_pm|ir)(?:$|\s)/i;

/**
 * Is this element hidden from readers (the `hidden` attribute, an inline `display:none` or
 * `visibility:hidden`, a screen-reader-only class)?
 *
 * @example
 * ```ts
 * isHidden(span); // true for <span class="sound_only">추천</span>
 * ```
 */
export function isHidden(element: Element): boolean {
  if (attr(element, 'hidden') !== undefined) return true;
  const style = attr(element, 'style');
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  const className = attr(element, 'class');
  return className !== undefined && HIDDEN_CLASS.test(className);
}

/**
 * The visible text of a subtree on one line: whitespace collapsed, NFC, blocks and `<br>` separated
 * by a space. `skip` leaves out more subtrees (the root itself is always read).
 *
 * @example
 * ```ts
 * visibleText(li); // '김홍* 이게 나라냐!!'
 * ```
 */
export function visibleText(root: Element, skip?: (element: Element) => boolean): string {
  let out = '';
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (isText(node)) {
      out += node.value;
      continue;
    }
    if (!isElement(node)) continue;
    if (node !== root && (NON_TEXT_TAGS.has(node.tagName) || isHidden(node) || skip?.(node))) continue;
    if (BLOCK_TAGS.has(node.tagName)) out += ' ';
    const kids = childrenOf(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Node);
  }
  return collapseSpace(out).normalize('NFC');
}
