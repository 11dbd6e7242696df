/**
 * What the tests see of a service's traces. Rule: only collects what the service exports; asserts nothing itself.
 */
package duban.testing.tracing;
