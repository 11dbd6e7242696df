/** Who may call what: the authorization matrix over every endpoint of the service's OpenAPI document. */
package duban.tasks.security;
