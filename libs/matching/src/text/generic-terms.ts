/**
 * Bigrams that appear in most technical Chinese texts and say nothing about the topic; they
 * would make every pair look a little similar. Kept short on purpose: only words that are
 * generic in needs, abstracts and challenges alike.
 */
export const GENERIC_BIGRAMS = new Set(
  (
    '研究 技术 方法 一种 基于 进行 通过 采用 分析 提出 结果 表明 我们 本文 以及 具有 实现 ' +
    '可以 提高 利用 需要 希望 合作 我司 公司 企业 开发 目前 存在 主要 方面 能够 相关 有效 ' +
    '发展 情况 工作 要求 使用 问题 其中 同时 对于 由于 因此 并且 或者 不同 一定 以上 以下 ' +
    '解决 方案 产品 项目 单位 我们 显著 明显 达到 实验 试验 验证 成果 需求'
  ).split(/\s+/),
);
