/**
 * How a feed's state reads and looks: the words and the dot of <kpi-source status>'s chip, also
 * used by the board's clock tiles. Internal (not part of any public module).
 */
import { css } from 'lit';
import { formatAge } from '../core/format.js';
import { messages } from '../core/messages.js';
import type { Feed } from './feed.js';

type FeedLike = Pick<Feed, 'state' | 'connection' | 'failures' | 'age'>;
export interface FeedStatus {
  /** the state the words name (the chip's class) */
  shown: 'stale' | 'error' | Feed['connection'];
  text: string;
}

/** The states a chip can name, from healthy to not. */
const HEALTH: readonly FeedStatus['shown'][] = ['open', 'paused', 'connecting', 'reconnecting', 'closed', 'stale', 'error'];

/** The status chip's dot, coloured by the state it names (the class beside it): the chip's and the board's clock tiles'. */
export const feedDotStyles = css`
  .dot {
    flex: none;
    width: 0.6em;
    height: 0.6em;
    border-radius: 50%;
    background: var(--kpi-color-good, #15803d);
  }
  :is(.stale, .reconnecting, .connecting) > .dot {
    background: var(--kpi-color-warn, #b45309);
  }
  :is(.error, .closed) > .dot {
    background: var(--kpi-color-bad, #b91c1c);
  }
  .paused > .dot {
    background: var(--kpi-color-neutral, #6b7280);
  }
`;

/**
 * What a feed's status chip says: "已连接", "重新连接中 · ×3", "数据未更新 · 5 分钟前". `shown` is
 * the state it names (the chip's class). Also the board's clock tiles' feed line.
 */
export function feedStatus(feed: FeedLike, locale: string | null | undefined): FeedStatus {
  const m = messages(locale);
  const { state, connection } = feed;
  const shown = state === 'stale' || state === 'error' ? state : connection;
  const age = state === 'stale' ? formatAge(feed.age, { locale }) : '';
  return { shown, text: [m.feed[shown], age, connection === 'reconnecting' && feed.failures > 1 ? `×${feed.failures}` : ''].filter(Boolean).join(' · ') };
}

/** The status of the least healthy of `feeds` (a board's clock tiles name one for the page); null for none. */
export function worstFeedStatus(feeds: readonly FeedLike[], locale: string | null | undefined): FeedStatus | null {
  let worst: FeedStatus | null = null;
  for (const feed of feeds) {
    const status = feedStatus(feed, locale);
    if (!worst || HEALTH.indexOf(status.shown) > HEALTH.indexOf(worst.shown)) worst = status;
  }
  return worst;
}
