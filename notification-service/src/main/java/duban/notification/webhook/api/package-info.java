/**
 * REST for a unit's webhooks: register (the secret shown once), list, deactivate, and each webhook's delivery log.
 * Rule: a unit's clerk acts on its own unit's webhooks only, the supervisors' pseudo-unit is the supervisors'; bad
 * input is a 400 problem and stores nothing.
 */
package duban.notification.webhook.api;
