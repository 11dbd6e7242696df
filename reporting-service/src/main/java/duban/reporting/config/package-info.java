/**
 * The rules' settings as this service's configuration gives them, globally and per plan: the assessment's weights
 * and the bulletin's commendation score. Rule: read from configuration only; the defaults are the ledger rules'.
 */
package duban.reporting.config;
