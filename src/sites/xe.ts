import type { SiteFamily } from './types.js';

/**
 * XpressEngine 1.x and its fork Rhymix: board module pages (`/mid/document_srl`,
 * `index.php?mid=…&document_srl=…`). The document body is printed by `documentItem::getContent()` as
 * `<!--BeforeDocument(srl,member)--><div class="document_{srl}_{member} xe_content">…</div>`, the same
 * in every skin; comments get `comment_{srl}_{member} xe_content`, and many layouts wrap the whole
 * module output in another `.xe_content` — so the body is the `document_` one, never any `.xe_content`.
 *
 * Skins: XE's `default` board skin (`.board_read > .read_header h1 a` + `p.time` + `p.meta .author`,
 * `.read_body`, `.read_footer`, comments in `.feedback .fbList`) and the ubiquitous third-party
 * `sketchbook5` skin (`.rd > .rd_hd .top_area h1` + `span.date`, `.btm_area .side a.member_…`,
 * `.rd_body article`, `.rd_ft`, comments in `.fdb_lst_wrp ul.fdb_lst_ul li.fdb_itm`).
 */
export const xe: SiteFamily = {
  name: 'xe',
  source:
    'xpressengine/xe-core modules/board/skins/default/_read.html and _comment.html, documentItem::getContent (BeforeDocument + document_{srl}_{member} xe_content); rhymix/rhymix common/tpl/common_layout.html (generator "Rhymix", csrf-token, rhymix_alert); sketchbook5 markup (.rd_hd .top_area, .btm_area, .rd_body, .fdb_lst_ul) as read by public fmkorea/theqoo scrapers and their test pages',
  detect: {
    markers: ['.read_body .xe_content', '.rd_body .xe_content', '[class^="document_"].xe_content', '.xe_content[class*=" document_"]'],
    generator: /xpressengine|rhymix|zeroboard ?xe/i,
  },
  title: [
    '.rd_hd h1 .np_18px_span',
    '.rd_hd h1 > a',
    '.rd_hd h1',
    '.read_header h1 > a:not(.category)',
    '.read_header h1',
  ],
  published: ['.rd_hd .top_area .date', '.rd_hd .date', '.read_header .time', '.read_header .date'],
  body: [
    '.rd_body [class^="document_"].xe_content',
    '.read_body [class^="document_"].xe_content',
    '[class^="document_"].xe_content',
    '.rd_body .xe_content',
    '.read_body .xe_content',
    '.rd_body',
    '.read_body',
  ],
  drop: ['.document_popup_menu'],
  authors: ['.rd_hd .btm_area .side:not(.fr) a[class*="member_"]', '.read_header .meta .author'],
  section: ['.rd_hd .top_area .cate', '.read_header h1 > a.category'],
  tags: ['.read_footer .tags a.tag'],
  comments: ['.fdb_lst_wrp', '.fdb_lst_ul', '.feedback', '.feedbackList', '#comment'],
  related: ['.board_list', '.bd_lst_wrp'],
};
