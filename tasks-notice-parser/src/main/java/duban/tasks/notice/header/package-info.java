/**
 * The plan header: notice title, plan title, 文号, issuer, date of issue, and the page noise around them.
 * Rule: header and footer lines are either recognised (title, number, issuer, date, 附件), known page noise
 * of the web page the text was copied from (标签, 留言与评论, 验证码 …), or kept verbatim in the header's
 * introduction / closing lists.
 */
package duban.tasks.notice.header;
