/**
 * Development identity: the RSA key that signs bearer tokens for the local run (which prints tokens at its
 * start) and the load generator, and the tokens themselves; the tests' own key is kept with the test support
 * and signs through the same issuer. Tokens are built and signed by SmallRye JWT (its builder as a plain library).
 *
 * <p>Rule: nothing here is used by a service at run time; every key made here carries a key id starting
 * with {@value duban.embedded.identity.DevelopmentKey#KEY_ID_PREFIX}, which production refuses.
 */
package duban.embedded.identity;
