/**
 * Who a test calls a service as: the test identities ({@link duban.testing.identity.As}), signed with the
 * checked-in test key, and the authorization matrix that calls every endpoint of a service's live OpenAPI
 * document as each of the eight {@link duban.testing.identity.Identity identities}.
 *
 * <p>Rule: every request of a test starts from {@code As} (never a bare {@code given()}), so that it carries
 * the token of the role it stands for; and the matrix judges an endpoint by the rule its document declares,
 * never by a rule written again here, so an endpoint without a declared rule or a sample fails the build.
 */
package duban.testing.identity;
