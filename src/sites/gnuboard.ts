import type { SiteFamily } from './types.js';

/**
 * Gnuboard 5 boards (`bbs/board.php?bo_table=…&wr_id=…`), the board software of thousands of Korean
 * community and small news sites. Read off the basic skin: `skin/board/basic/view.skin.php` and
 * `view_comment.skin.php` (gnuboard/gnuboard5, 5.0 to 5.5), and the theme's `head.php`/`tail.php`.
 *
 * The date moved across versions: 5.0 prints it as a bare `<strong>` after
 * `<span class="sound_only">작성일</span>`, 5.3+ as `<strong class="if_date">`. The author is a
 * sideview (`.sv_member` / `.sv_guest`) whose hidden `.sv` menu (쪽지보내기 …) is not a name.
 */
export const gnuboard: SiteFamily = {
  name: 'gnuboard',
  source:
    'gnuboard/gnuboard5 skin/board/basic/view.skin.php and view_comment.skin.php (5.0 through 5.5: #bo_v_title, #bo_v_info with .if_date or the bare <strong> after the 작성일 sound_only label, #bo_v_con, #bo_v_act, .bo_v_nb, #bo_vc), lib/get_sideview for .sv_wrap/.sv_member/.sv_guest',
  detect: {
    markers: ['#bo_v_con', '#bo_v_atc', '#bo_v_title'],
    generator: /gnuboard|g5_bbs_url|g5_url/i,
  },
  title: ['#bo_v_title .bo_v_tit', '#bo_v_title'],
  published: ['#bo_v_info .if_date', '#bo_v_info time', '#bo_v_info span.sound_only:contains("작성일") + strong'],
  body: ['#bo_v_con'],
  drop: ['#bo_v_act', '#bo_v_share', '#bo_v_sns', '#bo_v_file', '#bo_v_link', '.bo_v_nb', '#bo_vc', '#bo_vc_w', '.sv'],
  authors: ['#bo_v_info .sv_member', '#bo_v_info .sv_guest'],
  section: ['#bo_v_title .bo_v_cate'],
  comments: ['#bo_vc'],
  navigation: ['.bo_v_nb'],
};
