/**
 * Words the subject finder needs, as data: what ends a noun phrase, what may stand inside one, and
 * the verbs that report (`밝혔다`, `공시했다`), whose own date belongs to the sentence's subject.
 */

/** Endings that look like a particle but make an adverbial or an attributive (`7월에는`, `있는`, `하는`). */
export const NOT_SUBJECT_ENDINGS = /(?:에는|에서는|으로는|로는|와는|과는|에게는|한테는|까지는|부터는|보다는|이라는|라는|다는|한다는|있는|없는|했는|였는|않는)$/;

/** Verb forms before a noun that end like a noun with 은/는 (`오르는`, `웃도는`, `같은`): unless a noun comes before them. */
export const VERB_BEFORE_NOUN_ENDINGS = /(?:하는|되는|[놓르드치리키하되보주오가지우추]는|[웃밑맴겉]도는|같은|많은|적은|높은|낮은|좋은|작은|않은|이는|보는|주는|오는|가는|받는|나는|지는)$/;

/** Dependent and empty nouns, adverbs and date words that are never the actor. */
export const NOT_SUBJECT_NOUNS: ReadonlySet<string> = new Set([
  '것', '수', '때', '중', '등', '점', '데', '바', '뿐', '측', '이', '그', '이번', '당시', '최근', '지난', '오는', '또한', '한편', '이상', '일부', '절반',
  '올해', '지난해', '작년', '내년', '오늘', '어제', '내일', '이달', '지난달', '다음달', '이번주', '지난주', '다음주', '상반기', '하반기', '연말', '연초',
  '이날', '당일', '전날', '현재', '가운데', '사이', '동안', '이유', '까닭', '경우', '정도', '만큼',
]);

/** One-syllable nouns that are actors in news (`시는`, `군은`, `당은`); other one-syllable stems are verb pieces. */
export const SHORT_ACTORS: ReadonlySet<string> = new Set(['해', '달', '시', '군', '구', '도', '당', '팀', '국', '청', '원', '부', '처', '사', '위', '측', '그', '쪽', '닭', '쌀', '금', '돈', '집', '값', '물', '비', '눈', '불', '빚', '표', '법', '안', '차', '배']);

/** Determiners that open a noun phrase (`새 기준`, `한 편의점 업체`, `각 부처`). */
export const DETERMINERS: ReadonlySet<string> = new Set(['새', '한', '두', '세', '네', '각', '여러', '모든', '첫', '옛', '현', '전', '총', '양', '해당', '일부', '다른', '주요', '국내', '미', '일', '중', '북', '남', '日', '美', '中']);

/** Words that stand before a noun but are no part of the phrase (adverbs, conjunctions, date words). */
export const NOT_IN_PHRASE: ReadonlySet<string> = new Set([
  '또', '또한', '특히', '다만', '이미', '한편', '최근', '앞서', '현재', '당시', '결국', '이어', '아울러', '이번', '지난', '오는', '올해', '지난해', '내년',
  '이날', '당초', '모두', '함께', '이후', '이에', '그러나', '하지만', '따라서', '그리고', '실제로', '처음', '다시', '계속', '가장', '더', '매우', '약', '곧',
  '이', '그', '저', '및', '등', '또는', '혹은', '즉', '바로', '이제', '아직', '이르면', '늦어도', '오늘', '어제', '내일', '올', '작년', '금주', '내주',
  '기준', '실제', '실제로', '당시', '정작', '결국', '다소', '크게', '소폭', '대폭', '무려', '거의', '최대', '최소', '잠시', '일단', '우선', '먼저', '내내', '여전히', '모처럼', '새로', '직접', '이미', '또다시',
]);

/** Nouns ending in a syllable that is also a particle (`회의`, `제도`, `사고`): inside a phrase they are nouns. */
export const NOUNS_LIKE_PARTICLES: ReadonlySet<string> = new Set([
  '회의', '합의', '논의', '협의', '건의', '동의', '결의', '심의', '질의', '강의', '주의', '의의', '정의', '민주주의',
  '제도', '정도', '속도', '태도', '한도', '빈도', '밀도', '온도', '각도', '용도', '의도', '경기도', '강원도', '충청도', '전라도', '경상도', '제주도', '연도', '수도', '지도', '시도',
  '선고', '잔고', '사고', '최고', '보고', '광고', '경고', '재고', '창고', '신고', '공고', '원고', '피고',
  '주가', '물가', '국가', '작가', '평가', '대가', '전문가', '업계', '유가', '지가', '시가', '단가', '원가', '정가', '고가', '저가',
  '결과', '효과', '성과', '학과', '통과', '초과', '사과', '부과', '과자', '아이', '차이', '나이', '높이', '길이', '넓이', '맞이', '돋이', '놀이', '먹이', '벌이', '풀이', '갈이', '분야', '영어', '동해', '서해', '남해', '피해', '이해', '방해', '손해', '영해', '참여', '관여', '시야',
  '노조', '기조', '구조', '제조', '지원', '의원', '연구원', '직원', '위원', '사원', '회원', '정원', '공원', '병원', '학원', '법원',
]);

/** Verb forms that end like a noun with 이/가 (`입원했다가`, `하다가`): never a subject. */
export const VERB_LIKE_MARKED = /(?:[았었했였됐켰웠졌렸겼쳤왔갔봤줬]다가|하다가|되다가|이다가|면서가)$/;

/** Verbs that report: a date right before one dates the report, whose actor is the sentence's subject. */
export const REPORTING_VERBS = /^(?:예보했|관측했|예측했|추정했|추산했|내놨|발표한다|밝힌다|공개한다|보고한다|밝혔|발표했|공시했|말했|전했|설명했|강조했|덧붙였|보도했|공개했|집계했|알렸|예고했|주장했|지적했|내다봤|전망했|보고했|답했|공지했|통보했|공고했|확인했|경고했|시사했|예상했|언급했|당부했|촉구했|요청했|발혔|전망됐|분석했|보고됐|집계됐|나타났|조사됐|파악됐|드러났|확인됐|알려졌|전해졌)/;

/** Endings of a reported clause (`늘었다고`, `하겠다며`, `것이라고`). */
export const REPORTED_CLAUSE_END = /(?:다고|라고|냐고|자고|다며|라며|다면서|라면서|것으로)$/;

/** Endings of a word that is no noun: particles of two syllables and verb forms (`지점부터`, `분석해`, `내세운`). */
export const NOT_NOUN_END = /(?:에도|에는|에선|에서|에게서|으로|부터|까지|처럼|보다|마다|조차|에게|한테|께서|라도|밖에|같이|많이|깊이|없이|굳이|일찍이|[아어해워져쳐봐줘여]|[운든던린쁜픈])$/;

/** Common surnames: one syllable before a title is the person's (`장 대표`), not a word of the phrase. */
export const SURNAMES: ReadonlySet<string> = new Set([...'김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉']);
