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

/**
 * Words (as jieba cuts them) that a posting uses to ask, introduce itself or sell, and that say
 * nothing about its topic: never extracted as keywords. Two-character words in GENERIC_BIGRAMS
 * are generic as well.
 */
export const GENERIC_WORDS = new Set(
  (
    '寻求 寻找 求购 合作 技术 公司 本公司 我公司 主营 欢迎 来电 洽谈 厂家 厂里 客户 专家 ' +
    '高校 院所 单位 团队 人员 员工 经理 有意者 联系 电话 费用 经费 价格 成本 效果 办法 ' +
    '情况 时间 目前 现在 近年来 领域 行业 市场 生产 销售 产品 项目 成果 需求 问题 方案 ' +
    '方法 研究 系统 结果 意义 基础 条件 过程 作用 影响 因素 关键 能力 水平 质量 规模 ' +
    '目的 结论 本文 文章 论文 作者 内容 方面 特点 优势 模式 措施 对策 建议 手段 工作 ' +
    '国内 国外 国际 全国 我国 中国 地区 专业 有限公司 集团 企业 工厂 车间 老板'
  ).split(/\s+/),
);
