/**
 * Operating the service: rebuilding the ledger view from the topic. Rule: for the roles service and supervisor only;
 * the machinery is the ledger view's ({@code duban.view.rebuild}), this package only answers over HTTP.
 */
package duban.reporting.admin;
