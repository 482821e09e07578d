import type { SiteFamily } from './types.js';

/**
 * Gnuboard 5 boards (`bbs/board.php?bo_table=…&wr_id=…`), the board software of thousands of Korean
 * community and small news sites. Read off the basic skin: `skin/board/basic/view.skin.php` and
 * `view_comment.skin.php` (gnuboard/gnuboard5, 5.4–5.5 era).
 */
export const gnuboard: SiteFamily = {
  name: 'gnuboard',
  source: 'gnuboard/gnuboard5 skin/board/basic/view.skin.php, view_comment.skin.php',
  detect: {
    markers: ['#bo_v_con', '#bo_v_atc', '#bo_v_title'],
    generator: /gnuboard|g5_bbs_url|g5_url/i,
  },
  title: ['#bo_v_title .bo_v_tit', '#bo_v_title'],
  published: ['#bo_v_info .if_date', '#bo_v_info time'],
  body: ['#bo_v_con'],
  drop: ['#bo_v_act', '#bo_v_share', '#bo_v_file', '#bo_v_link', '.bo_v_nb', '#bo_vc', '#bo_vc_w'],
  authors: ['#bo_v_info .sv_member', '#bo_v_info .sv_guest'],
  section: ['#bo_v_title .bo_v_cate'],
  comments: ['#bo_vc'],
  navigation: ['.bo_v_nb'],
};
