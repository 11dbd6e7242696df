/**
 * The services' API documents checked against what the services answer. Rule: every response a service's test
 * receives through {@link duban.testing.identity.As} is validated against the OpenAPI document that same service
 * serves, for the operation and status it answered; a test opts out only for what it deliberately makes
 * undocumentable, and says why.
 */
package duban.testing.openapi;
