import { escapeHtml, type MailContent } from '@rongtong/notify';

export interface EvaluatorInvitationMailInput {
  challengeTitle: string;
  ownerName: string;
  inviterName: string | undefined;
  /** The acceptance page with the token. */
  acceptUrl: string;
  signUpUrl: string;
  /** The last day the link works, as words (China calendar). */
  validUntil: string;
}

/**
 * The invitation to an external expert. The subject is fixed wording: the free-text names of the
 * organisation and the challenge go into the body only, escaped, so they cannot dress the mail up.
 */
export function renderEvaluatorInvitationMail(input: EvaluatorInvitationMailInput): MailContent {
  const subject = '融通平台：邀请您担任揭榜挂帅项目评审专家';
  const inviter = input.inviterName
    ? `${input.inviterName}（${input.ownerName}）`
    : input.ownerName;
  const lines = [
    `${inviter}邀请您担任榜单「${input.challengeTitle}」的评审专家，对揭榜方案按评审标准打分并给出意见。`,
    '接受邀请后，您只能看到分配给您的申请材料；如与某个申请单位存在利益冲突，请在评审前如实申报并回避。',
    `请使用收到本邮件的邮箱登录后打开下方链接接受邀请，链接在 ${input.validUntil} 前有效。`,
    `如您还没有融通平台账号，请先用本邮箱注册：${input.signUpUrl}`,
  ];
  const action = '接受评审邀请';
  const footer = '此邮件由融通平台自动发送，请勿直接回复。如您不认识邀请人，可忽略本邮件。';
  const text = ['专家您好：', '', ...lines, '', `${action}：${input.acceptUrl}`, '', footer].join(
    '\n',
  );
  const html = [
    '<p>专家您好：</p>',
    ...lines.map((line) => `<p>${escapeHtml(line)}</p>`),
    `<p><a href="${escapeHtml(input.acceptUrl)}">${escapeHtml(action)}</a></p>`,
    `<p style="color:#888">${escapeHtml(footer)}</p>`,
  ].join('\n');
  return { subject, text, html };
}
