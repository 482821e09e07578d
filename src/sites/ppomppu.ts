import type { SiteFamily } from './types.js';

/**
 * Ppomppu (ppomppu.co.kr), one of the largest Korean community boards; its mobile view
 * (`m.ppomppu.co.kr/new/bbs_view.php`) prints the post title in `div.bbs.view h4`, the nickname in
 * `.info .ct`, the header line `일반 | 2023-09-07 13:18 | 조회 : 92` in `.info .hi`, the post in
 * `#KH_Content`. Read off a saved mobile board view (2023).
 */
export const ppomppu: SiteFamily = {
  name: 'ppomppu',
  source: 'm.ppomppu.co.kr bbs_view.php mobile board view markup (2023 snapshot)',
  detect: { hosts: ['ppomppu.co.kr'] },
  publisher: '뽐뿌',
  published: ['.bbs.view h4 .info .hi'],
  body: ['#KH_Content'],
  authors: ['.bbs.view h4 .info .ct'],
  comments: ['#cmAr'],
};
