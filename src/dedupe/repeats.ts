/**
 * Repeated blocks: pages that print the article twice, echo the headline as the first paragraph,
 * repeat the lead in a summary box, or carry an edited second copy of a paragraph.
 *
 * Which copy stays: **the first**, always, with one exception — an earlier block that is only an
 * excerpt of a later, fuller one (a summary box holding the lead) goes, and the fuller block stays.
 * Decisions compare a block only with blocks that stay, so running the function on its own result
 * removes nothing more (it is idempotent).
 */
import diff from 'fast-diff';
import { compareForm } from './normalise.js';

/** Why a block is a repeat. */
export type RepeatReason = 'repeated' | 'near-repeated' | 'repeated-run' | 'title-echo';

/** A block found to repeat another. */
export interface RepeatedBlock {
  /** Index of the removed block in the input. */
  index: number;
  reason: RepeatReason;
  /** Index in the input of the block it repeats, which is kept; `-1` for the title or subtitle. */
  duplicateOf: number;
  /** Similarity to that block, 0–1 (1 for exact repeats). */
  similarity: number;
}

/** Options of {@link stripRepeatedBlocks}. */
export interface RepeatOptions {
  /** The headline: a first block that repeats it is a `title-echo`. */
  title?: string;
  /** The deck: a first block that repeats it is a `title-echo` too. */
  subtitle?: string;
  /** Similarity (0–1, from fast-diff) at or above which a block is a near repeat. Default {@link NEAR_REPEAT_THRESHOLD}. */
  threshold?: number;
  /** Blocks shorter than this (in characters, spaces excluded) are never removed as repeats. Default {@link MIN_REPEAT_LENGTH}. */
  minLength?: number;
  /** Indexes of blocks never removed as repeats (list items, quotes that recur on purpose). */
  protect?: readonly number[];
}

/** The result: indexes of the blocks that stay, in order, and the repeats. */
export interface RepeatResult {
  kept: number[];
  removed: RepeatedBlock[];
}

/**
 * Similarity at or above which a block is a near repeat: `2 × common / (a + b)` over the compare
 * forms, common characters from fast-diff. 0.8 keeps an edited copy with a changed word or an added
 * sentence, and no two different paragraphs of one article come near it.
 */
export const NEAR_REPEAT_THRESHOLD = 0.8;
/** Share of an excerpt's characters found in the later, fuller block (a summary box holding the lead verbatim). */
export const CONTAINMENT_THRESHOLD = 0.95;
/** Shortest block (characters without spaces) removed as a repeat: shorter lines recur legitimately. */
export const MIN_REPEAT_LENGTH = 30;

/** An excerpt is at most this share of the fuller block's length. */
const EXCERPT_SHARE = 0.6;

/** Sampled character trigrams: a few per block, chosen by hash so both copies sample the same ones. */
const SHINGLE = 3;
const SAMPLE_MODULUS = 8; // a power of two: sampled by a mask
/** Shingles in more blocks than this say nothing about which blocks match; they are skipped. */
const MAX_POSTINGS = 64;
/** Share of sampled trigrams a candidate must share with a block (of the smaller set) to be compared at all. */
const CANDIDATE_OVERLAP = 0.5;
/** At most this many candidates are checked with fast-diff for each block. */
const MAX_CANDIDATES = 4;

function hashOf(text: string, start: number): number {
  let h = 2166136261;
  for (let i = start; i < start + SHINGLE; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h;
}

/** Spreads a hash's bits over the low ones (murmur3's finaliser): sampled hashes all end in zero bits. */
function mix(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * A set of 32-bit (signed) hashes that is emptied in constant time (each entry carries the round it
 * was added in), for taking the distinct sampled trigrams of one block after another without a Set
 * per block. It doubles when half full, so any text fits, however many of its trigrams are sampled.
 */
class HashRound {
  private keys = new Int32Array(64);
  private rounds = new Int32Array(64);
  private round = 1;
  private size = 0;

  /** Starts a new, empty set. */
  reset(): void {
    this.size = 0;
    if (++this.round < 0x7fffffff) return;
    // The round numbers ran out (after two billion blocks): start again from clean arrays.
    this.rounds.fill(0);
    this.round = 1;
  }

  /** Adds `hash`; false when it was already there. */
  add(hash: number): boolean {
    const mask = this.keys.length - 1;
    for (let slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
      if (this.rounds[slot] !== this.round) {
        this.rounds[slot] = this.round;
        this.keys[slot] = hash;
        if (++this.size * 2 > this.keys.length) this.grow();
        return true;
      }
      if (this.keys[slot] === hash) return false;
    }
  }

  private grow(): void {
    const { keys, rounds, round } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.rounds = new Int32Array(keys.length * 2);
    const mask = this.keys.length - 1;
    for (let old = 0; old < keys.length; old++) {
      if (rounds[old] !== round) continue;
      let slot = mix(keys[old] as number) & mask;
      while (this.rounds[slot] === round) slot = (slot + 1) & mask;
      this.rounds[slot] = round;
      this.keys[slot] = keys[old] as number;
    }
  }
}

/** The distinct sampled trigram hashes of a text, in the order they first occur. */
function sampledShingles(text: string, seen: HashRound): number[] {
  const out: number[] = [];
  seen.reset();
  for (let i = 0; i + SHINGLE <= text.length; i++) {
    const h = hashOf(text, i);
    if ((h & (SAMPLE_MODULUS - 1)) === 0 && seen.add(h)) out.push(h);
  }
  return out;
}

function quoteMarks(form: string): number {
  let count = 0;
  for (let i = form.indexOf('"'); i !== -1; i = form.indexOf('"', i + 1)) count++;
  return count;
}

/** One block has the shared words inside quote marks and the other prints them bare. */
function quotesTheOther(a: string, b: string): boolean {
  return Math.abs(quoteMarks(a) - quoteMarks(b)) >= 2;
}

/**
 * Blocks by sampled trigram: an open-addressing table of trigram hashes, each with its blocks in the
 * order they were added, in one pool of typed arrays. A big page has hundreds of thousands of
 * trigram-block pairs: a Map of arrays made an object for most of them, and reading a trigram's
 * blocks from one stretch of the pool keeps the look-ups in the processor's cache.
 */
class Postings {
  /** Four numbers a slot: the hash, where its list starts in the pool, how many blocks it holds (0: slot free), its room. */
  private slots = new Int32Array(4 * 1024);
  private filled = 0;
  private pool = new Int32Array(4096);
  private poolSize = 0;

  /** The slot of `hash`, or the free slot where it would go (times four: an index into `slots`). */
  private slotOf(hash: number): number {
    const mask = (this.slots.length >> 2) - 1;
    let slot = mix(hash) & mask;
    while (this.slots[4 * slot + 2] !== 0 && this.slots[4 * slot] !== hash) slot = (slot + 1) & mask;
    return 4 * slot;
  }

  /** Files `block` under `hash`; a trigram already in more than {@link MAX_POSTINGS} blocks takes no more. */
  add(hash: number, block: number): void {
    let at = this.slotOf(hash);
    const slots = this.slots;
    const count = slots[at + 2] as number;
    if (count === 0) {
      if ((this.filled + 1) * 2 > slots.length >> 2) {
        this.growTable();
        at = this.slotOf(hash);
      }
      this.filled++;
      const start = this.reserve(1);
      this.pool[start] = block;
      this.slots[at] = hash;
      this.slots[at + 1] = start;
      this.slots[at + 2] = 1;
      this.slots[at + 3] = 1;
      return;
    }
    if (count > MAX_POSTINGS) return;
    let start = slots[at + 1] as number;
    const room = slots[at + 3] as number;
    if (count === room) {
      // A list grows fourfold (1, 4, 16, 64 blocks), up to one past the cap.
      const larger = Math.min(room * 4, MAX_POSTINGS + 1);
      const moved = this.reserve(larger);
      this.pool.copyWithin(moved, start, start + count);
      start = moved;
      slots[at + 1] = moved;
      slots[at + 3] = larger;
    }
    this.pool[start + count] = block;
    slots[at + 2] = count + 1;
  }

  /** Counts one shared trigram in `overlaps` for each block under `hash` that passes `accept`; skips crowded trigrams. */
  countInto(overlaps: Overlaps, hash: number, accept?: (block: number) => boolean): void {
    const at = this.slotOf(hash);
    const count = this.slots[at + 2] as number;
    if (count === 0 || count > MAX_POSTINGS) return;
    const start = this.slots[at + 1] as number;
    const pool = this.pool;
    for (let k = start; k < start + count; k++) {
      const block = pool[k] as number;
      if (!accept || accept(block)) overlaps.add(block);
    }
  }

  /** Room for `length` blocks at the end of the pool; returns where it starts. */
  private reserve(length: number): number {
    if (this.poolSize + length > this.pool.length) {
      const pool = new Int32Array(Math.max(this.pool.length * 2, this.poolSize + length));
      pool.set(this.pool.subarray(0, this.poolSize));
      this.pool = pool;
    }
    this.poolSize += length;
    return this.poolSize - length;
  }

  private growTable(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    for (let at = 0; at < old.length; at += 4) {
      if (old[at + 2] === 0) continue;
      const to = this.slotOf(old[at] as number);
      this.slots.set(old.subarray(at, at + 4), to);
    }
  }
}

/**
 * Shared-trigram counts per block for one block's look-up: an array indexed by block, and the blocks
 * touched in the order they were first counted (so it is cleared in time proportional to them).
 */
class Overlaps {
  private readonly counts: Int32Array;
  /** Blocks with a count, in the order they were first counted. */
  readonly touched: number[] = [];

  constructor(blocks: number) {
    this.counts = new Int32Array(blocks);
  }

  /** Counts one more trigram shared with `block`. */
  add(block: number): void {
    if ((this.counts[block] as number) === 0) this.touched.push(block);
    this.counts[block] = (this.counts[block] as number) + 1;
  }

  /**
   * The counted blocks that pass `keep`, with their counts: most shared first (the first counted
   * first among equals), at most `limit`. Only passing blocks get a pair allocated.
   */
  best(keep: (block: number, shared: number) => boolean, limit: number): [number, number][] {
    const found: [number, number][] = [];
    for (const block of this.touched) {
      const shared = this.counts[block] as number;
      if (keep(block, shared)) found.push([block, shared]);
    }
    found.sort((a, b) => b[1] - a[1]);
    if (found.length > limit) found.length = limit;
    return found;
  }

  clear(): void {
    for (const block of this.touched) this.counts[block] = 0;
    this.touched.length = 0;
  }
}

/** Characters two texts have in common, by fast-diff over the whole of both. */
function diffCommon(a: string, b: string): number {
  let common = 0;
  for (const [op, text] of diff(a, b)) if (op === 0) common += text.length;
  return common;
}

/**
 * Up to this many characters (both texts together), the common characters are fast-diff's, exactly.
 * fast-diff is O(N·D): on two long, different texts from one vocabulary D is near N, and 200 KB took
 * seconds. Paragraphs of articles are far under this, so the bound changes no result on real pages.
 */
const EXACT_DIFF_LIMIT = 6000;
/** Length of the anchor shingles that align two long texts. */
const ANCHOR = 16;
/** Gaps between anchors up to this many characters (both sides) are diffed exactly; longer ones by their ends. */
const GAP_DIFF_LIMIT = 800;

/** Characters two texts have in common: fast-diff's exact count for short texts, {@link anchoredCommon} for long ones. */
function commonLength(a: string, b: string): number {
  return a.length + b.length <= EXACT_DIFF_LIMIT ? diffCommon(a, b) : anchoredCommon(a, b);
}

/** Anchor shingles kept: those whose hash ends in these bits all zero (one in eight). */
const ANCHOR_SAMPLE_MASK = 7;
/** Base of the rolling hash of anchor shingles, and its `ANCHOR`-th power (mod 2³²). */
const ROLL_BASE = 0x01000193;
const ROLL_OUT = (() => {
  let power = 1;
  for (let i = 0; i < ANCHOR; i++) power = Math.imul(power, ROLL_BASE);
  return power;
})();

/** Hashes of the sampled `ANCHOR`-character shingles of a text that occur once in it, with their positions (a rolling hash: one pass). */
function uniqueShingles(text: string): Map<number, number> {
  const positions = new Map<number, number>();
  const repeated = new Set<number>();
  let h = 0;
  for (let i = 0; i < text.length; i++) {
    h = (Math.imul(h, ROLL_BASE) + text.charCodeAt(i)) | 0;
    if (i >= ANCHOR) h = (h - Math.imul(text.charCodeAt(i - ANCHOR), ROLL_OUT)) | 0;
    // One shingle in eight, chosen by its hash so both texts choose the same ones: anchors every few words.
    if (i < ANCHOR - 1 || (h & ANCHOR_SAMPLE_MASK) !== 0) continue;
    if (repeated.has(h)) continue;
    const at = i - ANCHOR + 1;
    if (positions.has(h)) {
      positions.delete(h);
      repeated.add(h);
    } else positions.set(h, at);
  }
  return positions;
}

/**
 * Common characters of two long texts, in linear time in practice (patience-diff style): shingles that
 * occur once in each text are matched, the longest chain of them in the same order in both (the longest
 * increasing subsequence) anchors the alignment, and only the gaps between anchors are diffed: exactly
 * when short, by their first and last `GAP_DIFF_LIMIT / 2` characters when long. An edited copy has
 * anchors every few words, so its count is exact; two different texts have few, and each gap costs a
 * bounded diff.
 */
function anchoredCommon(a: string, b: string): number {
  const inA = uniqueShingles(a);
  const inB = uniqueShingles(b);
  const pairs: [number, number][] = [];
  for (const [hash, at] of inA) {
    const bt = inB.get(hash);
    if (bt !== undefined && a.startsWith(b.slice(bt, bt + ANCHOR), at)) pairs.push([at, bt]);
  }
  // (A Map iterates in insertion order: the pairs come sorted by their position in `a`.)
  const chain = increasingChain(pairs);
  let common = 0;
  let ea = 0;
  let eb = 0;
  for (const [pa, pb] of chain) {
    if (pa < ea || pb < eb) continue; // overlaps the anchor before it
    common += gapCommon(a.slice(ea, pa), b.slice(eb, pb)) + ANCHOR;
    ea = pa + ANCHOR;
    eb = pb + ANCHOR;
  }
  return common + gapCommon(a.slice(ea), b.slice(eb));
}

/** The common characters of a gap between anchors, with a bounded diff. */
function gapCommon(a: string, b: string): number {
  if (a.length === 0 || b.length === 0) return 0;
  if (a.length + b.length <= GAP_DIFF_LIMIT) return diffCommon(a, b);
  const half = GAP_DIFF_LIMIT / 4;
  const head = diffCommon(a.slice(0, half), b.slice(0, half));
  const tail = a.length > half && b.length > half ? diffCommon(a.slice(Math.max(half, a.length - half)), b.slice(Math.max(half, b.length - half))) : 0;
  return head + tail;
}

/** The longest chain of pairs increasing in both positions (pairs sorted by the first): O(n log n). */
function increasingChain(pairs: readonly [number, number][]): [number, number][] {
  const tails: number[] = []; // index into pairs of the smallest tail of each chain length
  const previous = new Int32Array(pairs.length).fill(-1);
  for (let i = 0; i < pairs.length; i++) {
    const value = (pairs[i] as [number, number])[1];
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((pairs[tails[mid] as number] as [number, number])[1] < value) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1] as number;
    tails[lo] = i;
  }
  const chain: [number, number][] = [];
  for (let i = tails.length > 0 ? (tails[tails.length - 1] as number) : -1; i !== -1; i = previous[i] as number) chain.push(pairs[i] as [number, number]);
  return chain.reverse();
}

/**
 * Finds repeated blocks. The near-repeat search does not compare all pairs: sampled trigrams of each
 * block index the earlier blocks that share them, and fast-diff runs only on the few best candidates.
 *
 * @param blocks - Block texts in page order.
 * @param options - The title and subtitle (for title echoes), the threshold, the minimum length.
 * @returns The indexes kept and the repeats removed, each with its reason, the block it repeats and the similarity.
 *
 * @example
 * ```ts
 * stripRepeatedBlocks(['첫 문단이 여기 있다. 충분히 긴 문장이다.', '둘째 문단이다. 이것도 충분히 길게 썼다.', '첫 문단이 여기 있다. 충분히 긴 문장이다.']);
 * // { kept: [0, 1], removed: [{ index: 2, reason: 'repeated', duplicateOf: 0, similarity: 1 }] }
 * ```
 */
export function stripRepeatedBlocks(blocks: readonly string[], options: RepeatOptions = {}): RepeatResult {
  const threshold = options.threshold ?? NEAR_REPEAT_THRESHOLD;
  const minLength = options.minLength ?? MIN_REPEAT_LENGTH;
  const protect = new Set(options.protect ?? []);
  const forms = blocks.map(compareForm);
  const removedAt = new Map<number, RepeatedBlock>();

  // The headline or deck echoed as the first block.
  const echoes = new Set([options.title, options.subtitle].filter((t): t is string => !!t).map(compareForm).filter(Boolean));
  const first = forms.findIndex((form) => form !== '');
  if (first !== -1 && echoes.has(forms[first] as string) && !protect.has(first)) {
    removedAt.set(first, { index: first, reason: 'title-echo', duplicateOf: -1, similarity: 1 });
  }

  const exact = new Map<string, number>();
  const postings = new Postings();
  const seen = new HashRound();
  const overlaps = new Overlaps(forms.length);
  const shingles: number[][] = [];
  /** How many sampled trigrams each block has: read for every candidate, so kept apart from the lists. */
  const shingleCounts = new Int32Array(forms.length);
  for (let i = 0; i < forms.length; i++) {
    const form = forms[i] as string;
    shingles.push([]);
    if (removedAt.has(i) || form === '') continue;
    const eligible = form.length >= minLength && !protect.has(i);

    const same = exact.get(form);
    if (same !== undefined && eligible) {
      removedAt.set(i, { index: i, reason: 'repeated', duplicateOf: same, similarity: 1 });
      continue;
    }

    const own = form.length >= SHINGLE ? sampledShingles(form, seen) : [];
    shingles[i] = own;
    shingleCounts[i] = own.length;
    if (eligible && own.length > 0) {
      const near = nearestKept(i, own, forms, shingleCounts, postings, threshold, overlaps);
      if (near) {
        removedAt.set(i, { index: i, reason: 'near-repeated', duplicateOf: near.index, similarity: near.similarity });
        continue;
      }
    }
    if (same === undefined) exact.set(form, i);
    for (const h of own) postings.add(h, i);
  }

  dropExcerpts(forms, shingles, postings, removedAt, minLength, protect, overlaps);
  labelRuns(removedAt);

  const kept: number[] = [];
  for (let i = 0; i < blocks.length; i++) if (!removedAt.has(i)) kept.push(i);
  const removed = [...removedAt.values()].sort((a, b) => a.index - b.index);
  return { kept, removed };
}

/** The kept earlier block most similar to block `i`, if at or above the threshold. */
function nearestKept(
  i: number,
  own: readonly number[],
  forms: readonly string[],
  shingleCounts: Int32Array,
  postings: Postings,
  threshold: number,
  overlaps: Overlaps,
): { index: number; similarity: number } | undefined {
  overlaps.clear();
  for (const h of own) postings.countInto(overlaps, h);
  const form = forms[i] as string;
  const candidates = overlaps.best((j, shared) => shared >= CANDIDATE_OVERLAP * Math.min(own.length, (shingleCounts[j] as number) || 1), MAX_CANDIDATES);
  // Dice ≥ t needs the shorter text to be at least t / (2 − t) of the longer: skip the diff otherwise.
  const minRatio = threshold / (2 - threshold);
  for (const [j] of candidates) {
    const other = forms[j] as string;
    if (Math.min(form.length, other.length) < minRatio * Math.max(form.length, other.length)) continue;
    const common = commonLength(form, other);
    const similarity = (2 * common) / (form.length + other.length);
    // Articles quote a statement ("…"고 밝혔다), then print it in full: a block that quotes the other is no repeat.
    if (similarity >= threshold && !quotesTheOther(form, other)) return { index: j, similarity }; // candidates come best first
  }
  return undefined;
}

/**
 * The one exception to "the first copy stays": a kept block that is an excerpt of a later, fuller
 * kept block (at most 60% of its length, nearly all of its characters in it) goes.
 */
function dropExcerpts(
  forms: readonly string[],
  shingles: readonly number[][],
  postings: Postings,
  removedAt: Map<number, RepeatedBlock>,
  minLength: number,
  protect: ReadonlySet<number>,
  overlaps: Overlaps,
): void {
  // The longest kept block after each index: a block can only be an excerpt of a much longer one.
  const longestAfter = new Array<number>(forms.length + 1).fill(0);
  for (let i = forms.length - 1; i >= 0; i--) {
    longestAfter[i] = Math.max(longestAfter[i + 1] as number, removedAt.has(i + 1) ? 0 : (forms[i + 1]?.length ?? 0));
  }
  for (let i = 0; i < forms.length; i++) {
    const form = forms[i] as string;
    const own = shingles[i] as number[];
    if (removedAt.has(i) || protect.has(i) || form.length < minLength || own.length === 0) continue;
    if (form.length > EXCERPT_SHARE * (longestAfter[i] as number)) continue;
    overlaps.clear();
    const accept = (j: number): boolean => j > i && !removedAt.has(j);
    for (const h of own) postings.countInto(overlaps, h, accept);
    // Sharing at least half of the excerpt's trigrams (a cut by count: the best of those are the best overall).
    for (const [j] of overlaps.best((_, shared) => shared >= 0.5 * own.length, MAX_CANDIDATES)) {
      const fuller = forms[j] as string;
      if (form.length > EXCERPT_SHARE * fuller.length) continue;
      const common = commonLength(form, fuller);
      if (common / form.length >= CONTAINMENT_THRESHOLD) {
        removedAt.set(i, { index: i, reason: 'near-repeated', duplicateOf: j, similarity: (2 * common) / (form.length + fuller.length) });
        // Blocks that repeated the excerpt now repeat the fuller block.
        for (const other of removedAt.values()) if (other.duplicateOf === i) other.duplicateOf = j;
        break;
      }
    }
  }
}

/** Two or more consecutive repeats of consecutive earlier blocks are a repeated run (a page printed twice). */
function labelRuns(removedAt: Map<number, RepeatedBlock>): void {
  const indexes = [...removedAt.keys()].sort((a, b) => a - b);
  let start = 0;
  while (start < indexes.length) {
    let end = start;
    const at = (k: number): RepeatedBlock => removedAt.get(indexes[k] as number) as RepeatedBlock;
    while (
      end + 1 < indexes.length &&
      (indexes[end + 1] as number) === (indexes[end] as number) + 1 &&
      at(end + 1).reason !== 'title-echo' &&
      at(end).reason !== 'title-echo' &&
      at(end + 1).duplicateOf === at(end).duplicateOf + 1
    ) {
      end++;
    }
    if (end > start) for (let k = start; k <= end; k++) at(k).reason = 'repeated-run';
    start = end + 1;
  }
}
