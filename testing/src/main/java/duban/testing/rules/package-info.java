/**
 * Checks that keep the ledger's rules in one place: a service's own code neither works out reporting periods nor
 * writes the names of statuses and states as text; it asks {@code duban.rules}. Rule: each service runs these over its
 * main code, from one test of its own.
 */
package duban.testing.rules;
