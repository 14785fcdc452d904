// How a feed's state reads: the words of <kpi-source status>'s chip and of a board's clock tiles.
import { expect } from '@open-wc/testing';
import { feedStatus, worstFeedStatus } from '../../src/data/feed-status.js';

const feed = (state: 'loading' | 'fresh' | 'stale' | 'error', connection: 'connecting' | 'open' | 'reconnecting' | 'paused' | 'closed', failures = 0, age: number | null = 1_000) => ({ state, connection, failures, age });

describe('feed status', () => {
  it('names the data when it is not current, else the connection, with the failed attempts from the second', () => {
    expect(feedStatus(feed('fresh', 'open'), 'zh-CN')).to.deep.equal({ shown: 'open', text: '已连接' });
    expect(feedStatus(feed('fresh', 'reconnecting', 1), 'zh-CN').text).to.equal('重新连接中');
    expect(feedStatus(feed('fresh', 'reconnecting', 3), 'zh-CN').text).to.equal('重新连接中 · ×3');
    expect(feedStatus(feed('stale', 'reconnecting', 4, 5 * 60_000), 'zh-CN')).to.deep.equal({ shown: 'stale', text: '数据未更新 · 5 分钟前 · ×4' });
    expect(feedStatus(feed('stale', 'open', 0, 5 * 60_000), 'en').text).to.equal('Not updating · 5 min ago');
  });

  it('takes the least healthy of several feeds, and none of none', () => {
    const words = (...feeds: ReturnType<typeof feed>[]) => worstFeedStatus(feeds, 'zh-CN')?.text ?? null;
    expect(words()).to.equal(null);
    expect(words(feed('fresh', 'open'), feed('fresh', 'paused'))).to.equal('已暂停');
    expect(words(feed('fresh', 'reconnecting', 2), feed('stale', 'open', 0, 120_000), feed('fresh', 'open'))).to.equal('数据未更新 · 2 分钟前');
    expect(words(feed('stale', 'open'), feed('error', 'closed'))).to.equal('无法获取数据');
  });
});
