/**
 * Checks of the deploy manifests against the services' sources: a manifest may only name what a service reads,
 * and must provide what a service needs in production. Nothing here starts a container.
 */
package duban.deploy;
