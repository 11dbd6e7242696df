/**
 * Development identity: an RSA key that signs bearer tokens for tests and the local run, and the tokens
 * themselves. Rule: nothing here is used by a service at run time; every key made here carries a key id
 * starting with {@value duban.embedded.identity.DevelopmentKey#KEY_ID_PREFIX}, which production refuses.
 */
package duban.embedded.identity;
