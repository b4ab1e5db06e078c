/**
 * What a technology posting says besides its problem: the company introduction (成立于…, 注册资本…,
 * 员工…人), its registered business scope (主营：…、…、…), contact lines (联系人、电话、邮箱) and
 * sales phrases (欢迎来电洽谈！). They share words with many unrelated listings (a 包装袋 maker's
 * scope lists every product it sells), so the matcher reads a listing's text without them.
 *
 * Rules work on clauses (text between ，。；！？ and line breaks): a clause goes when it is a
 * business-scope list, contact details or a sales phrase; a sentence goes when it only
 * introduces the company (founding, capital, staff, output, location, honours) and states no
 * problem or wish. Anything the rules do not recognise stays. When every sentence would go, the
 * text is kept as it was (better a noisy text than none).
 */

/** Sentence ends; the separators are kept with the sentence before them. */
const SENTENCE = /[^。！？!?\n]+[。！？!?\n]*/gu;
const CLAUSE = /[^，,；;：:]+[，,；;：:]*/gu;

/** A clause that lists what the company does or sells. */
const SCOPE =
  /^(?:主营|主要经营|经营范围|主营业务|主要产品|主导产品|产品包括|产品涵盖|业务涵盖|业务范围|主要从事|公司主要从事)/u;

/** Contact details or how to get in touch. */
const CONTACT =
  /(?:联系人|联系电话|联系方式|电话|手机|座机|邮箱|e-?mail|微信|qq|地址[:：]|有意者|有意向|请联系|请与.{0,6}联系|详询|咨询热线|\d{3,4}-\d{7,8}|1[3-9]\d{9})/iu;

/** Sales and courtesy phrases that say nothing about the problem. */
const SALES =
  /^(?:欢迎|诚邀|诚请|诚征|期待|竭诚|热忱|真诚|价格面议|费用面议|面议|合作方式面议|合作方式可谈|可面谈|具体面谈|谢谢|感谢|非常感谢)/u;

/** What a company introduction talks about. */
const INTRODUCTION =
  /(?:成立于|始建于|创建于|创办于|注册资本|注册资金|占地|员工|职工|在职|年产值|年销售|销售额|营业收入|年产能|产能达|是一家|坐落|位于|地处|国家级|省级|高新技术企业|专精特新|小巨人|通过.{0,10}认证|拥有.{0,12}(?:生产线|专利|设备|团队)|产品远销|销往|规模以上)/u;

/** Words that make a sentence about the problem (kept even inside an introduction). */
const PROBLEM =
  /(?:问题|难题|瓶颈|困难|困扰|投诉|不良|故障|缺陷|希望|想|需要|需求|急需|求购|寻求|寻找|求助|请教|如何|怎么|怎样|能否|是否|不[够足好稳准严均匀]|太[高低大小慢快多少]|偏[高低大小]|过[高低大快]|[高低]于|降低|提高|提升|改善|解决|替代|[超达]标|效率低|成本高)/u;

function trimPunctuation(text: string): string {
  return text.replace(/^[\s，,；;：:、]+|[\s，,；;：:、]+$/gu, '');
}

/** A sentence without its scope, contact and sales clauses; '' when nothing is left. */
function stripClauses(sentence: string): string {
  const clauses = sentence.match(CLAUSE) ?? [sentence];
  const kept: string[] = [];
  let inScope = false;
  for (const clause of clauses) {
    const bare = trimPunctuation(clause);
    if (bare === '') continue;
    // A scope list runs from 主营 to the end of the sentence or to a clause naming a problem.
    if (SCOPE.test(bare)) {
      inScope = true;
      continue;
    }
    if (inScope && !PROBLEM.test(bare)) continue;
    inScope = false;
    if (CONTACT.test(bare) || SALES.test(bare)) continue;
    kept.push(clause);
  }
  return trimPunctuation(kept.join(''));
}

/** The text without company introductions, business scope, contact lines and sales phrases. */
export function stripBoilerplate(text: string): string {
  const sentences = text.match(SENTENCE) ?? [];
  const kept: string[] = [];
  for (const sentence of sentences) {
    if (INTRODUCTION.test(sentence) && !PROBLEM.test(sentence)) continue;
    const stripped = stripClauses(sentence);
    if (stripped === '') continue;
    const end = /[。！？!?]$/u.test(stripped) ? '' : '。';
    kept.push(stripped + end);
  }
  const result = kept.join('');
  return result === '' ? text.trim() : result;
}
